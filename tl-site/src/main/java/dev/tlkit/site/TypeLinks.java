package dev.tlkit.site;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.tlkit.codegen.JavaModel;
import dev.tlkit.codegen.JavaRecord;
import dev.tlkit.codegen.JavaSealedInterface;
import dev.tlkit.schema.TypeRef;
import dev.tlkit.site.Views.Link;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** TL and Java types as text whose named parts link to their pages. */
final class TypeLinks {
  private final PagePaths paths;
  private final Map<String, String> pageOfClass = new HashMap<>();

  TypeLinks(JavaModel model, PagePaths paths) {
    this.paths = paths;
    for (JavaRecord r : model.records()) {
      pageOfClass.put(r.className().canonicalName(), paths.of(r.definition()));
    }
    for (JavaSealedInterface i : model.sealedInterfaces()) {
      pageOfClass.put(i.className().canonicalName(), paths.type(i.type()));
    }
  }

  /** A TL type, {@code Vector<InputUser>}, with {@code InputUser} linked. */
  List<Link> tl(TypeRef ref, String root) {
    List<Link> parts = new ArrayList<>();
    tl(ref, root, parts);
    return merge(parts);
  }

  private void tl(TypeRef ref, String root, List<Link> parts) {
    if (!(ref instanceof TypeRef.Named n)) {
      parts.add(new Link(ref.toTl(), null));
      return;
    }
    String head = (n.percent() ? "%" : "") + n.name();
    String page = n.target() instanceof TypeRef.Target.Boxed b ? paths.type(b.typeKey())
        : n.target() instanceof TypeRef.Target.Bare b ? paths.definition(b.constructorKey())
        : null;
    parts.add(new Link(head, page == null ? null : root + page));
    if (!n.args().isEmpty()) {
      parts.add(new Link("<", null));
      for (int i = 0; i < n.args().size(); i++) {
        if (i > 0) {
          parts.add(new Link(",", null));
        }
        tl(n.args().get(i), root, parts);
      }
      parts.add(new Link(">", null));
    }
  }

  /** A Java type, {@code List<TypeInputUser>}, with generated classes linked. */
  List<Link> java(TypeName type, String root) {
    List<Link> parts = new ArrayList<>();
    java(type, root, parts);
    return merge(parts);
  }

  private void java(TypeName t, String root, List<Link> parts) {
    if (t instanceof ParameterizedTypeName p) {
      java(p.rawType(), root, parts);
      parts.add(new Link("<", null));
      for (int i = 0; i < p.typeArguments().size(); i++) {
        if (i > 0) {
          parts.add(new Link(", ", null));
        }
        java(p.typeArguments().get(i), root, parts);
      }
      parts.add(new Link(">", null));
    } else if (t instanceof ClassName c) {
      String page = pageOfClass.get(c.canonicalName());
      parts.add(new Link(String.join(".", c.simpleNames()), page == null ? null : root + page));
    } else if (t instanceof TypeVariableName v) {
      parts.add(new Link(v.name(), null));
    } else if (t instanceof ArrayTypeName a) {
      java(a.componentType(), root, parts);
      parts.add(new Link("[]", null));
    } else {
      parts.add(new Link(t.withoutAnnotations().toString(), null));
    }
  }

  /** Adjacent plain parts as one. */
  private static List<Link> merge(List<Link> parts) {
    List<Link> merged = new ArrayList<>();
    for (Link l : parts) {
      int last = merged.size() - 1;
      if (l.href() == null && last >= 0 && merged.get(last).href() == null) {
        merged.set(last, new Link(merged.get(last).text() + l.text(), null));
      } else {
        merged.add(l);
      }
    }
    return merged;
  }
}
