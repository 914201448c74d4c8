package dev.tlkit.diff;

import com.palantir.javapoet.TypeName;
import dev.tlkit.codegen.JavaField;
import dev.tlkit.codegen.JavaModel;
import dev.tlkit.codegen.JavaTypeText;
import dev.tlkit.schema.Builtin;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Parameter;
import dev.tlkit.schema.TlType;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.TypeRef;
import dev.tlkit.schema.WireShape;
import java.util.List;
import java.util.Optional;

/**
 * Decides the {@link Impact} of each change. Two questions are asked of every change.
 *
 * <p><b>Source:</b> does Java code written against the classes generated from the old schema still
 * compile, and still work, against those generated from the new one? The answer comes from
 * tl-codegen's {@link JavaModel} of each side, the model the generator writes its files from, so
 * a verdict follows the naming scheme and type mapping the code is generated with. The supported API is what
 * tlkit's README teaches: class and interface names, {@code builder()}, {@code toBuilder()}, the
 * setters, {@code build()}, the accessors (those of the records and those a sealed interface
 * declares because every constructor shares them) and {@code decodeResult}. Canonical constructors and
 * record patterns are positional, so any component added, removed or reordered breaks them; they
 * are not covered, and a change that only they would notice is {@code COMPATIBLE}. A change is
 * {@code BREAKING} when such code no longer compiles, or when {@code build()} starts to throw.
 *
 * <p><b>Wire:</b> are bytes of the definition written under the old schema read by the new code,
 * with the same meaning? New optional fields then read as absent. An id change makes every other
 * detail moot, so when a definition's id changed, each of its changes is {@code INCOMPATIBLE}
 * "(the id changed)" on the wire; the rules below give the wire impact of a change on its own, as
 * it matters for schemas that pin ids.
 *
 * <table>
 *   <caption>The rules</caption>
 *   <tr><th>Change</th><th>Source</th><th>Wire</th></tr>
 *   <tr><td>definition added</td><td>compatible</td><td>compatible</td></tr>
 *   <tr><td>definition removed</td><td>breaking: its class is gone</td>
 *       <td>incompatible: its id is no longer known</td></tr>
 *   <tr><td>id changed</td><td>compatible: only the {@code ID} constant changes</td>
 *       <td>incompatible: old bytes carry the old id</td></tr>
 *   <tr><td>field added, optional ({@code flags.N?T}, {@code flags.N?true})</td>
 *       <td>compatible: null (false) unless set</td>
 *       <td>compatible when its {@code #} field was there before (old bytes have the bit clear),
 *       else incompatible</td></tr>
 *   <tr><td>field added, {@code #}</td><td>compatible: computed, or an {@code int} that defaults
 *       to 0</td><td>incompatible: old bytes lack its 4 bytes</td></tr>
 *   <tr><td>field added, required</td><td>breaking: {@code build()} throws until it is set;
 *       compatible when the old record had a component of the same Java name and type</td>
 *       <td>incompatible: old bytes lack it</td></tr>
 *   <tr><td>field removed</td><td>breaking: its setter and accessor are gone; compatible for a
 *       computed field (a {@code #} that some condition used, or a length: it had no component)
 *       and where the new record still has a component of that Java name and type</td>
 *       <td>incompatible: the new reader misreads the bytes old ones carry; compatible for
 *       {@code flags.N?true} (no bytes; the bit is ignored)</td></tr>
 *   <tr><td>field renamed (only its TL name changed)</td><td>compatible when its Java name stays
 *       the same, else breaking: accessor and setter change names</td>
 *       <td>compatible: names are not on the wire</td></tr>
 *   <tr><td>field retyped</td><td>compatible when its Java type stays the same, else
 *       breaking</td>
 *       <td>compatible when the wire form stays the same ({@code string} and {@code bytes};
 *       {@code #} and {@code int}; {@code %T} and {@code t}), else incompatible</td></tr>
 *   <tr><td>field made optional</td><td>compatible: setters take the same values (a primitive
 *       becomes its wrapper, by autoboxing), but the accessor may now return null</td>
 *       <td>incompatible: old bytes carry it without its flag bit</td></tr>
 *   <tr><td>field made required</td><td>breaking: {@code build()} throws unless it is set</td>
 *       <td>incompatible: old bytes without the bit lack it</td></tr>
 *   <tr><td>field moved to another flag bit</td><td>compatible: bits are not visible in Java</td>
 *       <td>incompatible: old bytes signal it with the old bit</td></tr>
 *   <tr><td>field moved to another position</td><td>compatible: only the canonical constructor's
 *       order changes</td><td>incompatible: fields are read in order</td></tr>
 *   <tr><td>function result changed</td><td>compatible when {@code decodeResult} returns the same
 *       Java type, else breaking</td><td>compatible when the wire form is the same, else
 *       incompatible: old replies are read as the new type</td></tr>
 *   <tr><td>constructor result changed</td><td>breaking: the record belongs to another type</td>
 *       <td>incompatible: where the old type is read, its bytes are no longer accepted</td></tr>
 *   <tr><td>type added</td><td>compatible</td><td>compatible</td></tr>
 *   <tr><td>type removed</td><td>breaking: fields and results of the type are gone</td>
 *       <td>incompatible</td></tr>
 *   <tr><td>type gains constructors, had one</td><td>breaking: the type's Java form changes from
 *       the record to a sealed interface</td><td>compatible</td></tr>
 *   <tr><td>type gains constructors, had several</td><td>compatible: one more class implements
 *       the sealed interface (an exhaustive {@code switch} over it needs a case)</td>
 *       <td>compatible</td></tr>
 *   <tr><td>type loses constructors</td><td>breaking: a class no longer implements the
 *       interface, or (down to one) the interface is gone</td>
 *       <td>incompatible: old bytes may carry a lost constructor</td></tr>
 *   <tr><td>sealed interface loses a shared accessor (a constructor lost the component, or
 *       it no longer has one Java type)</td><td>breaking: calls such as {@code TypeUser.id()}
 *       no longer compile</td><td>as the constructor changes say</td></tr>
 *   <tr><td>sealed interface gains a shared accessor</td><td>compatible</td>
 *       <td>compatible</td></tr>
 * </table>
 *
 * <p>A changed definition's own impact is the worst of its id, result and field impacts.
 * Documentation is never compared.
 */
final class CompatibilityRules {
  static final Impact ADDED = new Impact(
      Impact.Source.COMPATIBLE, "nothing that existed changes",
      Impact.Wire.COMPATIBLE, "old bytes never carry it");

  private final JavaModel oldModel;
  private final JavaModel newModel;

  CompatibilityRules(JavaModel oldModel, JavaModel newModel) {
    this.oldModel = oldModel;
    this.newModel = newModel;
  }

  // Definitions.

  Impact definitionRemoved(Combinator c) {
    return breaking("its class " + oldModel.record(c).className().simpleName() + " is gone")
        .wireIncompatible("old bytes with id " + c.idHex() + " no longer decode");
  }

  static Impact idChanged(String oldId, String newId) {
    return compatible("only the ID constant changes")
        .wireIncompatible("old bytes carry " + oldId + ", which the new schema does not know");
  }

  /** A field's impact in a definition whose id changed: nothing of the old bytes decodes. */
  static Impact underIdChange(Impact fieldImpact) {
    return fieldImpact.withWire(Impact.Wire.INCOMPATIBLE, "the id changed");
  }

  Impact resultChanged(Combinator oldC, Combinator newC) {
    if (!oldC.isFunction()) {
      return breaking("the record now belongs to " + newC.resultType().toTl() + ", no longer to "
              + oldC.resultType().toTl())
          .wireIncompatible("where " + oldC.resultType().toTl()
              + " is read, its bytes are no longer accepted");
    }
    String oldJava = JavaTypeText.of(oldModel.record(oldC).resultType().orElseThrow());
    String newJava = JavaTypeText.of(newModel.record(newC).resultType().orElseThrow());
    SourceImpact source = oldJava.equals(newJava)
        ? compatible("decodeResult still returns " + newJava)
        : breaking("decodeResult returns " + newJava + " instead of " + oldJava);
    return sameWire(oldC.resultType(), newC.resultType(), oldModel.schema(), newModel.schema())
        ? source.wireCompatible("the same wire form")
        : source.wireIncompatible("old replies are read as " + newC.resultType().toTl());
  }

  /** The impact of a changed definition: the worst of its parts, with the first worst reason. */
  static Impact combine(List<Impact> parts) {
    Impact source = parts.stream().filter(Impact::isBreaking).findFirst().orElse(null);
    Impact wire = parts.stream().filter(Impact::isWireIncompatible).findFirst().orElse(null);
    return new Impact(
        source == null ? Impact.Source.COMPATIBLE : Impact.Source.BREAKING,
        source == null ? "builders and accessors still compile" : source.sourceWhy(),
        wire == null ? Impact.Wire.COMPATIBLE : Impact.Wire.INCOMPATIBLE,
        wire == null ? "old bytes still decode" : wire.wireWhy());
  }

  // Fields.

  Impact fieldAdded(Combinator oldC, Combinator newC, Parameter p) {
    Optional<JavaField> added = component(newModel, newC, p);
    SourceImpact source;
    if (added.isEmpty()) {
      source = compatible("computed when writing: no component");
    } else if (sameComponent(oldModel, oldC, added.get())) {
      source = compatible("the record had a component " + describe(added.get()) + " already");
    } else if (p.isFlags()) {
      source = compatible("a # field no condition uses is an int that defaults to 0");
    } else if (p.isTrueFlag()) {
      source = compatible("a true flag: false unless set");
    } else if (p.isOptional()) {
      source = compatible("optional field; builders and accessors unchanged");
    } else {
      source = breaking("a required field: build() throws until " + added.get().name() + " is set");
    }
    if (p.isFlags()) {
      return source.wireIncompatible("old bytes lack its 4 bytes");
    }
    if (p.isOptional()) {
      String flags = p.condition().field();
      boolean flagsExisted = oldC.parameters().stream()
          .anyMatch(o -> o.name().equals(flags) && o.isFlags());
      return flagsExisted
          ? source.wireCompatible("old bytes have bit " + p.condition().bit() + " of " + flags
              + " clear: " + (p.isTrueFlag() ? "false" : "absent"))
          : source.wireIncompatible("old bytes lack its # field " + flags);
    }
    return source.wireIncompatible("old bytes lack it");
  }

  Impact fieldRemoved(Combinator oldC, Combinator newC, Parameter p) {
    Optional<JavaField> removed = component(oldModel, oldC, p);
    SourceImpact source;
    if (removed.isEmpty()) {
      source = compatible("a computed field: it had no component");
    } else if (sameComponent(newModel, newC, removed.get())) {
      source = compatible("the record still has a component " + describe(removed.get()));
    } else {
      source = breaking("its setter and accessor " + removed.get().name() + "() are gone");
    }
    if (p.isTrueFlag()) {
      return source.wireCompatible("it has no bytes: bit " + p.condition().bit() + " of "
          + p.condition().field() + " is ignored");
    }
    return source.wireIncompatible(p.isOptional()
        ? "old bytes with " + p.condition() + " set carry a value the new reader does not expect"
        : "old bytes carry it: the new reader misreads what follows");
  }

  Impact renamed(Combinator oldC, Parameter oldP, Combinator newC, Parameter newP) {
    Optional<JavaField> before = component(oldModel, oldC, oldP);
    Optional<JavaField> after = component(newModel, newC, newP);
    SourceImpact source;
    if (before.isEmpty() && after.isEmpty()) {
      source = compatible("a computed field: no component");
    } else if (before.isPresent() && after.isPresent()
        && before.get().name().equals(after.get().name())) {
      source = compatible("the Java name stays " + after.get().name());
    } else {
      source = breaking("its accessor and setter " + before.map(c -> c.name() + "()").orElse("(none)")
          + " become " + after.map(c -> c.name() + "()").orElse("(none)"));
    }
    return source.wireCompatible("TL names are not on the wire");
  }

  Impact retyped(Parameter oldP, Parameter newP) {
    // Compared under the old optionality: a change of optionality is a change of its own.
    String oldJava = JavaTypeText.of(oldModel.componentType(oldP));
    String newJava = JavaTypeText.of(newModel.componentType(
        new Parameter(newP.name(), newP.type(), oldP.condition(), newP.location())));
    SourceImpact source = oldJava.equals(newJava)
        ? compatible("the same Java type, " + newJava)
        : breaking("its Java type changes from " + oldJava + " to " + newJava);
    return sameWire(oldP.type(), newP.type(), oldModel.schema(), newModel.schema())
        ? source.wireCompatible("the same wire form")
        : source.wireIncompatible("old bytes hold " + oldP.type().toTl() + ", read as "
            + newP.type().toTl());
  }

  Impact madeOptional(Parameter newP) {
    String required = JavaTypeText.of(newModel.componentType(
        new Parameter(newP.name(), newP.type(), null, newP.location())));
    String optional = JavaTypeText.of(newModel.componentType(newP));
    String source;
    if (newP.isTrueFlag()) {
      source = "still a boolean, now false unless set";
    } else if (!required.equals(optional)) {
      source = required + " becomes " + optional + ": setters compile (autoboxing); "
          + "the accessor may return null";
    } else {
      source = "the accessor may now return null";
    }
    return compatible(source).wireIncompatible("old bytes always carry it, with no flag bit");
  }

  Impact madeRequired(Parameter oldP, Parameter newP) {
    TypeName type = newModel.componentType(newP);
    String java = JavaTypeText.of(type);
    String source = type.isPrimitive() && !oldP.isTrueFlag()
        ? "build() throws unless it is set; the accessor returns " + java + ", never null"
        : "build() throws unless it is set";
    return breaking(source).wireIncompatible("old bytes without " + oldP.condition() + " lack it");
  }

  /**
   * Whether tlkit writes the field as one that may be null ({@link WireShape.Nullable}, or a list
   * of such elements) on one side and not on the other.
   */
  boolean nullabilityChanged(Combinator oldC, Parameter oldP, Combinator newC, Parameter newP) {
    return mayBeNull(oldModel, oldC, oldP) != mayBeNull(newModel, newC, newP);
  }

  private static boolean mayBeNull(JavaModel model, Combinator c, Parameter p) {
    return component(model, c, p).map(JavaField::wire)
        .map(w -> w instanceof WireShape.Nullable
            || w instanceof WireShape.Vector v && v.element() instanceof WireShape.Nullable)
        .orElse(false);
  }

  Impact nullability(Combinator newC, Parameter newP) {
    boolean now = mayBeNull(newModel, newC, newP);
    return now
        ? compatible("it may now be null: the accessor may return null, build() no longer needs it")
            .wireIncompatible("new bytes have a Bool before it, old bytes none (same id)")
        : breaking("it may no longer be null: the constructor and build() reject null")
            .wireIncompatible("old bytes have a Bool before it, new bytes none (same id)");
  }

  static Impact flagMoved(Parameter oldP, Parameter newP) {
    return compatible("flag bits are not visible in Java").wireIncompatible("old bytes signal it "
        + "with " + oldP.condition() + ", the new reader with " + newP.condition());
  }

  static Impact moved(int oldPosition, int newPosition) {
    return compatible("only the canonical constructor's order changes").wireIncompatible(
        "fields are read in order: old bytes have it as parameter " + (oldPosition + 1)
            + ", the new reader expects it as parameter " + (newPosition + 1));
  }

  // Types.

  static Impact typeRemoved(TlType t) {
    return breaking("fields and results of " + t.name() + " are gone")
        .wireIncompatible("old bytes of " + t.name() + " no longer decode");
  }

  /**
   * A type present in both schemas whose constructors or shared accessors changed.
   *
   * @param lost accessors of the old interface the new one lacks ({@code id(): long})
   * @param gained accessors of the new interface the old one lacked
   */
  Impact typeChanged(TlType oldT, TlType newT, List<String> added, List<String> removed,
      List<String> lost, List<String> gained) {
    int before = oldT.constructors().size();
    int after = newT.constructors().size();
    Impact.Source source = Impact.Source.BREAKING;
    String sourceWhy;
    if (before == 1 && after > 1) {
      sourceWhy = "its Java type changes from " + javaForm(oldModel, oldT) + " to "
          + javaForm(newModel, newT);
    } else if (before > 1 && after == 1) {
      sourceWhy = "its " + javaForm(oldModel, oldT) + " is gone: its Java type becomes "
          + javaForm(newModel, newT);
    } else if (before == 1 && !oldModel.valueClass(oldT).equals(newModel.valueClass(newT))) {
      sourceWhy = "its Java type changes from " + javaForm(oldModel, oldT) + " to "
          + javaForm(newModel, newT);
    } else if (!removed.isEmpty()) {
      sourceWhy = String.join(", ", removed) + (removed.size() == 1 ? " no longer implements"
          : " no longer implement") + " its " + javaForm(oldModel, oldT);
    } else if (!lost.isEmpty()) {
      sourceWhy = newModel.valueClass(newT).simpleName() + " no longer declares "
          + String.join(", ", lost) + ": not every constructor has "
          + (lost.size() == 1 ? "it" : "them") + " with one Java type";
    } else {
      source = Impact.Source.COMPATIBLE;
      sourceWhy = !added.isEmpty()
          ? "more classes implement its sealed interface; an exhaustive switch needs cases"
          : newModel.valueClass(newT).simpleName() + " now declares " + String.join(", ", gained);
    }
    return removed.isEmpty()
        ? new Impact(source, sourceWhy, Impact.Wire.COMPATIBLE,
            "old bytes carry constructors it still has")
        : new Impact(source, sourceWhy, Impact.Wire.INCOMPATIBLE,
            "old bytes may carry " + String.join(", ", removed) + ", which it no longer has");
  }

  /** {@code sealed interface TypeInputPeer}, or {@code record InputPeerEmpty} for one constructor. */
  private static String javaForm(JavaModel model, TlType type) {
    return (model.sealedInterface(type).isPresent() ? "sealed interface " : "record ")
        + model.valueClass(type).simpleName();
  }

  /** The component that holds {@code p} in the record of {@code c}; empty for a computed field. */
  private static Optional<JavaField> component(JavaModel model, Combinator c, Parameter p) {
    return model.record(c).components().stream()
        .filter(component -> component.tlName().equals(p.name()))
        .findFirst();
  }

  /** True when the record of {@code c} has a component of that Java name and type. */
  private static boolean sameComponent(JavaModel model, Combinator c, JavaField other) {
    return model.record(c).component(other.name())
        .filter(mine -> mine.type().equals(other.type()))
        .isPresent();
  }

  /** {@code userId (long)}. */
  private static String describe(JavaField c) {
    return c.name() + " (" + JavaTypeText.of(c.type()) + ")";
  }

  // Helpers.

  /** True when values of the two types, each of its own schema, take the same bytes. */
  static boolean sameWire(TypeRef a, TypeRef b, Schema schemaOfA, Schema schemaOfB) {
    return wireForm(WireShape.of(schemaOfA, a)).equals(wireForm(WireShape.of(schemaOfB, b)));
  }

  /**
   * The wire shape as text that compares across schemas: equal texts read and write the same
   * bytes. {@code string} and {@code bytes} are one form, as are {@code #} and {@code int}, and
   * TDLib's {@code int53} and {@code long}; boxed
   * types and bare constructors are told apart by key, as objects of two schemas never are equal.
   */
  static String wireForm(WireShape wire) {
    if (wire instanceof WireShape.Vector v) {
      return (v.bare() ? "vector<" : "Vector<") + wireForm(v.element()) + ">";
    }
    if (wire instanceof WireShape.Boxed b) {
      return "boxed " + b.type().key();
    }
    if (wire instanceof WireShape.Bare b) {
      return "bare " + b.constructor().key();
    }
    if (wire instanceof WireShape.LengthPrefixed) {
      return "string";
    }
    if (wire instanceof WireShape.Scalar s && s.primitive() == WireShape.Primitive.INT53) {
      return new WireShape.Scalar(WireShape.Primitive.LONG).toString(); // JSON tells them apart, not the wire
    }
    return wire.toString();
  }

  /** The source half of an impact; its wire half completes it. */
  private record SourceImpact(Impact.Source source, String why) {
    Impact wireCompatible(String wireWhy) {
      return new Impact(source, why, Impact.Wire.COMPATIBLE, wireWhy);
    }

    Impact wireIncompatible(String wireWhy) {
      return new Impact(source, why, Impact.Wire.INCOMPATIBLE, wireWhy);
    }
  }

  private static SourceImpact compatible(String why) {
    return new SourceImpact(Impact.Source.COMPATIBLE, why);
  }

  private static SourceImpact breaking(String why) {
    return new SourceImpact(Impact.Source.BREAKING, why);
  }
}
