package dev.tlkit.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names that clash in TL, in Java or with each other still come out as compiling, readable Java. */
class NamingSchemeTest {

  static Map<String, String> generate(String schema) {
    return new JavaGenerator(SchemaFixtures.parse(schema), new GeneratorOptions("t")).generate().stream()
        .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
  }

  @Test
  void aTypeAndItsConstructorOfTheSameNameDoNotCollide(@TempDir Path dir) {
    String schema = """
        userEmpty#d3bc4b7a id:long = User;
        user#4b6e6a5f id:long name:string = User;
        phoneCall#1 id:long = PhoneCall;
        phoneCallEmpty#2 id:long = PhoneCall;
        phone.phoneCall#ec82e140 phone_call:PhoneCall users:Vector<User> = phone.PhoneCall;
        """;
    Map<String, String> files = generate(schema);
    assertEquals(List.of("t/PhoneCall.java", "t/PhoneCallEmpty.java", "t/PhonePhoneCall.java",
            "t/SchemaObject.java", "t/Tl.java", "t/TypePhoneCall.java", "t/TypeUser.java", "t/User.java", "t/UserEmpty.java"),
        files.keySet().stream().filter(f -> f.endsWith(".java")).sorted().toList());
    assertTrue(files.get("t/PhonePhoneCall.java").contains("List<TypeUser> users"));
    GeneratedCodeCompilesTest.assertCompilesCleanly(SchemaFixtures.parse(schema), "t", dir);
  }

  @Test
  void javaKeywordsAsFieldNamesGetAnUnderscore(@TempDir Path dir) {
    String schema = """
        keywords#1 default:int final:string long:long private:Bool public:bytes short:int static:double
            record:int var:int builder:int to_bytes:int hash_code:int = Keywords;
        """;
    String source = generate(schema).get("t/Keywords.java");
    for (String name : List.of("default_", "final_", "long_", "private_", "public_", "short_",
        "static_", "record_", "var_", "builder_", "toBytes_", "hashCode_")) {
      assertTrue(java.util.regex.Pattern.compile("\\b" + name + "\\(").matcher(source).find(), name);
    }
    GeneratedCodeCompilesTest.assertCompilesCleanly(SchemaFixtures.parse(schema), "t", dir);
  }

  @Test
  void javaLangNamesAreKeptAndTheJavaLangOnesQualified(@TempDir Path dir) {
    String schema = """
        error#c4b9f9bb code:int text:string = Error;
        object#1 flags:# value:flags.0?int = Object2;
        string#2 s:string = String2;
        long#3 flags:# v:flags.0?long = Long2;
        boolean#4 flags:# b:flags.0?Bool = Boolean2;
        integer#5 values:Vector<int> = Integer2;
        holder#6 error:Error s:String2 list:Vector<Error> = Holder;
        """;
    Map<String, String> files = generate(schema);
    assertTrue(files.containsKey("t/Error.java"));
    assertTrue(files.containsKey("t/Object.java"));
    assertTrue(files.get("t/Long.java").contains("java.lang.Long v"), files.get("t/Long.java"));
    GeneratedCodeCompilesTest.assertCompilesCleanly(SchemaFixtures.parse(schema), "t", dir);
  }

  @Test
  void fieldsThatClashAfterCamelCaseGetTheirPosition(@TempDir Path dir) {
    String schema = "pair#1 user_id:int userId:int = Pair;";
    String source = generate(schema).get("t/Pair.java");
    assertTrue(source.contains("record Pair(int userId, int userId_2)"), source);
    GeneratedCodeCompilesTest.assertCompilesCleanly(SchemaFixtures.parse(schema), "t", dir);
  }

  @Test
  void twoDefinitionsWithOneClassNameFailNamingBoth() {
    GenerationException e = assertThrows(GenerationException.class,
        () -> generate("user_id#1 = A;\nuserId#2 = B;\n"));
    assertTrue(e.getMessage().contains("user_id") && e.getMessage().contains("userId")
        && e.getMessage().contains("test.tl:1:1") && e.getMessage().contains("test.tl:2:1"), e.getMessage());
  }

  @Test
  void aDefinitionNamedLikeTheDispatcherFails() {
    GenerationException e = assertThrows(GenerationException.class, () -> generate("tl#1 = Tl;"));
    assertTrue(e.getMessage().contains("constructor tl"), e.getMessage());
  }
}
