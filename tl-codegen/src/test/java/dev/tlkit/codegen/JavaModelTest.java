package dev.tlkit.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TlType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The model of the generated Java says what the generator writes, name for name and type for type. */
class JavaModelTest {
  private static final Schema SCHEMA = SchemaFixtures.parse("""
      userEmpty#d3bc4b7a id:long = User;
      user#4b6e6a5f flags:# id:long first_name:flags.1?string bot:flags.2?true = User;
      inputPeerSelf#7da07ec9 = InputPeer;
      peerNotify#1 default:int = PeerNotify;
      ---functions---
      users.getUsers#d91a548 id:Vector<InputPeer> = Vector<User>;
      """);
  private static final GeneratorOptions OPTIONS = new GeneratorOptions("p");

  @Test
  void recordsHaveTheComponentsAndBuildersTheGeneratorWrites() {
    JavaModel model = JavaModel.of(SCHEMA, OPTIONS);
    JavaRecord user = model.record(SCHEMA.constructor("user").orElseThrow());

    assertEquals(ClassName.get("p", "User"), user.className());
    assertEquals(List.of(ClassName.get("p", "TypeUser")), user.superinterfaces());
    assertFalse(user.hasBoxedDecode(), "TypeUser.decode reads a boxed user");
    assertEquals(List.of("id long nullable=false required=true wire=Scalar[primitive=LONG]",
            "firstName java.lang.String nullable=true required=false wire=LengthPrefixed[text=true]",
            "bot boolean nullable=false required=false wire=Nothing[]"),
        user.components().stream().map(c -> c.name() + " " + c.type() + " nullable=" + c.nullable()
            + " required=" + c.required() + " wire=" + c.wire()).toList());
    assertEquals(List.of("flags", "id", "first_name", "bot"),
        user.fields().stream().map(JavaField::tlName).toList(), "flags is computed, not a component");
    assertEquals(JavaField.Role.FLAGS, user.fields().get(0).role());
    assertTrue(user.resultType().isEmpty());

    String source = generated().get("p/User.java");
    for (JavaField c : user.components()) {
      assertTrue(source.contains(" " + c.name() + "("), c.name());
    }
    assertTrue(source.contains("this.id, \"id (id)\""), "build() requires id");
    assertFalse(source.contains("\"firstName (first_name)\""), "first_name is optional");
  }

  @Test
  void aKeywordComponentIsEscapedInTheModelAsInTheCode() {
    JavaRecord notify = JavaModel.of(SCHEMA, OPTIONS).record(SCHEMA.constructor("peerNotify").orElseThrow());

    assertEquals("default_", notify.components().get(0).name());
    assertTrue(generated().get("p/PeerNotify.java").contains("int default_"));
  }

  @Test
  void functionsKnowWhatDecodeResultReturns() {
    JavaRecord getUsers = JavaModel.of(SCHEMA, OPTIONS).record("users.getUsers").orElseThrow();

    assertEquals("java.util.List<p.TypeUser>", getUsers.resultType().orElseThrow().toString());
    assertEquals("[dev.tlkit.runtime.TlFunction<java.util.List<p.TypeUser>>, p.SchemaObject]",
        getUsers.superinterfaces().toString());
    assertTrue(getUsers.hasBoxedDecode());
  }

  @Test
  void sealedInterfacesListTheirRecordsAndSharedAccessors() {
    JavaModel model = JavaModel.of(SCHEMA, OPTIONS);
    TlType userType = SCHEMA.type("User").orElseThrow();
    JavaSealedInterface user = model.sealedInterface(userType).orElseThrow();

    assertEquals(ClassName.get("p", "TypeUser"), user.className());
    assertEquals(List.of(ClassName.get("p", "User"), ClassName.get("p", "UserEmpty")), user.permits());
    assertEquals(List.of("id long false"), user.accessors().stream()
        .map(a -> a.name() + " " + a.type() + " " + a.nullable()).toList());
    assertTrue(generated().get("p/TypeUser.java").contains("long id();"));

    TlType inputPeer = SCHEMA.type("InputPeer").orElseThrow();
    assertTrue(model.sealedInterface(inputPeer).isEmpty(), "one constructor: its record stands for it");
    assertEquals(ClassName.get("p", "InputPeerSelf"), model.valueClass(inputPeer));
  }

  @Test
  void everyRecordAndInterfaceIsAGeneratedFile() {
    JavaModel model = JavaModel.of(SCHEMA, OPTIONS);
    Map<String, String> files = generated();

    for (JavaRecord r : model.records()) {
      assertTrue(files.containsKey("p/" + r.className().simpleName() + ".java"), r.toString());
    }
    for (JavaSealedInterface i : model.sealedInterfaces()) {
      assertTrue(files.containsKey("p/" + i.className().simpleName() + ".java"), i.toString());
    }
    assertEquals(model.records().size() + model.sealedInterfaces().size() + 3, files.size(),
        "and the dispatcher Tl, SchemaObject and the shape table: " + files.keySet());
    assertTrue(files.containsKey("p/tl-shapes.txt"));
  }

  @Test
  void namingRulesDecideEveryName() {
    NamingRules suffixed = new NamingRules() {
      @Override
      public String className(Combinator definition) {
        return NamingRules.STANDARD.className(definition) + "Tl";
      }

      @Override
      public String interfaceName(TlType type) {
        return JavaNames.pascal(type.name()) + "Any";
      }

      @Override
      public String componentName(String tlName) {
        return tlName.equals("first_name") ? "class" : NamingRules.STANDARD.componentName(tlName);
      }
    };
    GeneratorOptions options = OPTIONS.withNaming(suffixed);
    JavaModel model = JavaModel.of(SCHEMA, options);
    Map<String, String> files = new JavaGenerator(SCHEMA, options).generate().stream()
        .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));

    JavaRecord user = model.record("user").orElseThrow();
    assertEquals("UserTl", user.className().simpleName());
    assertEquals("class_", user.components().get(1).name(), "a keyword is escaped whatever the rule");
    assertEquals("UserAny", model.valueClass(SCHEMA.type("User").orElseThrow()).simpleName());
    assertTrue(files.get("p/UserTl.java").contains("String class_"));
    assertTrue(files.containsKey("p/UserAny.java"), files.keySet().toString());
  }

  @Test
  void aRuleThatGivesNoJavaIdentifierFailsNamingTheDefinition() {
    NamingRules dashed = new NamingRules() {
      @Override
      public String className(Combinator definition) {
        return definition.name().replace('.', '-');
      }

      @Override
      public String interfaceName(TlType type) {
        return NamingRules.STANDARD.interfaceName(type);
      }

      @Override
      public String componentName(String tlName) {
        return tlName;
      }
    };

    GenerationException e = assertThrows(GenerationException.class,
        () -> JavaModel.of(SCHEMA, OPTIONS.withNaming(dashed)));
    assertEquals(List.of("class name 'users-getUsers' of function users.getUsers (test.tl:6:1) "
        + "is not a Java identifier"), e.problems());
  }

  @Test
  void aComponentRuleThatGivesNoJavaIdentifierFailsNamingTheParameter() {
    NamingRules dashed = new NamingRules() {
      @Override
      public String className(Combinator definition) {
        return NamingRules.STANDARD.className(definition);
      }

      @Override
      public String interfaceName(TlType type) {
        return NamingRules.STANDARD.interfaceName(type);
      }

      @Override
      public String componentName(String tlName) {
        return tlName.replace('_', '-');
      }
    };

    GenerationException e = assertThrows(GenerationException.class,
        () -> JavaModel.of(SCHEMA, OPTIONS.withNaming(dashed)));
    assertEquals(List.of("component name 'first-name' of parameter first_name of constructor user "
        + "(test.tl:2:1) is not a Java identifier"), e.problems());
  }

  private static Map<String, String> generated() {
    return new JavaGenerator(SCHEMA, OPTIONS).generate().stream()
        .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
  }
}
