package dev.tlkit.cli;

import dev.tlkit.cli.vectors.BundledSchema;
import dev.tlkit.codegen.DocPage;
import dev.tlkit.codegen.GenerationException;
import dev.tlkit.codegen.docs.ApiDocs;
import dev.tlkit.codegen.docs.DocText;
import dev.tlkit.codegen.docs.DocsException;
import dev.tlkit.codegen.docs.DocsFile;
import dev.tlkit.codegen.docs.ErrorDoc;
import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.NameSuggestions;
import dev.tlkit.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tlc doc NAME}: a definition's documentation, from the bundled schema and docs file, or
 * from schema files and a docs file of the user's.
 */
@Command(
    name = "doc",
    // Each line a whole sentence: picocli wraps them itself, and the list of tlc's commands shows
    // only the first.
    description = {
        "Prints the documentation of a constructor, function or type of the bundled Telegram API "
            + "or of the schema given with --schema.",
        "That is its description, parameters (TL and Java types), result, possible errors, whether "
            + "bots may call it, the Java class and the TL line."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:printed",
        "1:no definition or type of that name (the closest names are offered), schema errors, or a"
            + " malformed docs file",
        "2:bad command line"
    })
final class DocCommand implements Callable<Integer> {
  /** Where tl-cli's build puts the docs file beside the bundled schema. */
  static final String DOCS_RESOURCE = "/tlkit/schema/api.docs.json";
  private static final String PACKAGE = "dev.tlkit.telegram";
  private static final int WIDTH = 100;

  /** The output formats. */
  enum Format { text, markdown }

  @Spec
  private CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (the default) or markdown.")
  private Format format = Format.text;

  @Parameters(paramLabel = "NAME", description = "A TL name: phone.requestCall, inputPeerUser, InputPeer.")
  private String name;

  @Option(names = "--schema", paramLabel = "FILE", split = ",",
      description = "Document a definition of these schema files (.tl, linked as one schema) instead "
          + "of the bundled Telegram API; their //@ comments are documentation. Comma-separated, "
          + "repeatable.")
  private List<Path> schemaFiles = new ArrayList<>();

  @Option(names = "--docs", paramLabel = "FILE",
      description = "With --schema: a tlkit docs file documenting it (see tlc import-docs).")
  private Path docsFile;

  @Option(names = "--package", paramLabel = "P",
      description = "The Java package the classes are generated into, for the Java class shown; "
          + "default: " + PACKAGE + ".")
  private String packageName = PACKAGE;

  /** With --schema: how its ids are checked, as for check, but warn by default, as decode does. */
  @Mixin
  private IdOptions ids = new IdOptions(IdPolicy.WARN);

  @Override
  public Integer call() {
    if (docsFile != null && schemaFiles.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "--docs documents a schema given with --schema; the bundled API has its docs already");
    }
    if (!javax.lang.model.SourceVersion.isName(packageName)) {
      throw new ParameterException(spec.commandLine(),
          "--package: '" + packageName + "' is not a valid Java package name");
    }
    PrintWriter err = spec.commandLine().getErr();
    Schema schema;
    ApiDocs docs;
    String what;
    if (schemaFiles.isEmpty()) {
      schema = BundledSchema.get();
      docs = bundledDocs();
      what = "the Telegram API";
    } else {
      Optional<Schema> loaded = SchemaInput.load(schemaFiles, ids.options(), err);
      if (loaded.isEmpty()) {
        err.flush();
        return 1;
      }
      schema = loaded.get();
      docs = ApiDocs.EMPTY;
      if (docsFile != null) {
        try {
          docs = DocsFile.read(docsFile);
        } catch (DocsException e) {
          err.println(e.getMessage());
          err.flush();
          return 1;
        }
      }
      what = String.join(", ", schemaFiles.stream().map(Path::toString).toList());
    }
    DocPage page;
    try {
      page = DocPage.of(schema, docs, packageName, name).orElseThrow(() -> {
        List<String> close = NameSuggestions.closest(name, DocPage.names(schema), 5);
        return new UserException("no definition or type '" + name + "' in " + what
            + (close.isEmpty() ? "" : "; closest: " + String.join(", ", close)));
      });
    } catch (GenerationException e) {
      // The page shows Java names: a schema whose names clash has none to show.
      return Tlc.cannotBecomeJava(err, "", e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.markdown ? markdown(page, docs) : text(page, docs));
    out.flush();
    return 0;
  }

  static ApiDocs bundledDocs() {
    try (InputStream in = DocCommand.class.getResourceAsStream(DOCS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + DOCS_RESOURCE + " is missing from tl-cli's jar");
      }
      return DocsFile.read(in, DOCS_RESOURCE);
    } catch (IOException | DocsException e) {
      throw new IllegalStateException("cannot read the bundled docs: " + e.getMessage(), e);
    }
  }

  /** An error's code, with the catalogue's where the function's own differs: {@code 403 (400 in the catalogue)}. */
  private static String code(ErrorDoc e, ApiDocs docs) {
    ErrorDoc known = docs.errors().get(e.name());
    return known == null || known.code() == e.code()
        ? Integer.toString(e.code())
        : e.code() + " (" + known.code() + " in the catalogue)";
  }

  static String text(DocPage p, ApiDocs docs) {
    StringBuilder sb = new StringBuilder();
    sb.append(p.name()).append(" (").append(p.kind()).append(")\n");
    if (!p.description().isEmpty()) {
      sb.append('\n').append(wrap(DocText.text(p.description()), "")).append('\n');
    }
    if (!p.params().isEmpty()) {
      sb.append("\nParameters:\n");
      for (DocPage.Param param : p.params()) {
        sb.append("  ").append(param.name()).append(": ").append(param.tlType())
            .append("  (Java: ").append(param.javaType()).append(")\n");
        if (!param.description().isEmpty()) {
          sb.append(wrap(DocText.text(param.description()), "      ")).append('\n');
        }
      }
    }
    if (p.kind().equals("function")) {
      sb.append("\nResult: ").append(p.resultTl()).append("  (Java: ").append(p.resultJava()).append(")\n");
      if (!p.errors().isEmpty()) {
        sb.append("\nPossible errors:\n");
        for (ErrorDoc e : p.errors()) {
          sb.append(wrap(code(e, docs) + " " + e.name() + "  " + DocText.text(e.description()), "  ", "      "))
              .append('\n');
        }
      }
      if (!p.callers().forBots().isEmpty()) {
        sb.append('\n').append(p.callers().forBots()).append('\n');
      }
    } else if (p.kind().equals("constructor")) {
      sb.append("\nType: ").append(p.resultTl()).append("  (Java: ").append(p.resultJava()).append(")\n");
    }
    sb.append("\nJava class: ").append(p.javaClass()).append('\n');
    sb.append(p.kind().equals("type") ? "Constructors:\n" : "TL: ");
    sb.append(p.kind().equals("type") ? p.tlLine().replaceAll("(?m)^", "  ") : p.tlLine()).append('\n');
    return sb.toString();
  }

  static String markdown(DocPage p, ApiDocs docs) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(p.name()).append(" (").append(p.kind()).append(")\n");
    if (!p.description().isEmpty()) {
      sb.append('\n').append(DocText.markdown(p.description())).append('\n');
    }
    if (!p.params().isEmpty()) {
      sb.append("\n| Parameter | TL type | Java type | Description |\n|---|---|---|---|\n");
      for (DocPage.Param param : p.params()) {
        sb.append("| `").append(param.name()).append("` | `").append(param.tlType()).append("` | `")
            .append(param.javaType()).append("` | ").append(DocText.markdown(param.description())).append(" |\n");
      }
    }
    if (p.kind().equals("function")) {
      sb.append("\n**Result:** `").append(p.resultTl()).append("` (Java: `").append(p.resultJava()).append("`)\n");
      if (!p.errors().isEmpty()) {
        sb.append("\n**Possible errors:**\n\n| Code | Name | Description |\n|---|---|---|\n");
        for (ErrorDoc e : p.errors()) {
          sb.append("| ").append(code(e, docs)).append(" | `").append(e.name()).append("` | ")
              .append(DocText.markdown(e.description())).append(" |\n");
        }
      }
      if (!p.callers().forBots().isEmpty()) {
        sb.append('\n').append(p.callers().forBots().replaceFirst("^Bots:", "**Bots:**")).append('\n');
      }
    } else if (p.kind().equals("constructor")) {
      sb.append("\n**Type:** `").append(p.resultTl()).append("` (Java: `").append(p.resultJava()).append("`)\n");
    }
    sb.append("\n**Java class:** `").append(p.javaClass()).append("`\n\n```tl\n").append(p.tlLine()).append("\n```\n");
    return sb.toString();
  }

  private static String wrap(String text, String indent) {
    return wrap(text, indent, indent);
  }

  /** Words of {@code text} in lines of at most {@link #WIDTH}; paragraphs and line breaks kept. */
  private static String wrap(String text, String first, String rest) {
    StringBuilder sb = new StringBuilder();
    String indent = first;
    for (String line : text.split("\n", -1)) {
      StringBuilder current = new StringBuilder(indent);
      boolean empty = true;
      for (String word : line.split(" +")) {
        if (word.isEmpty()) {
          continue;
        }
        if (!empty && current.length() + 1 + word.length() > WIDTH) {
          sb.append(current).append('\n');
          current = new StringBuilder(rest);
          empty = true;
        }
        current.append(empty ? "" : " ").append(word);
        empty = false;
      }
      sb.append(empty ? current.toString().stripTrailing() : current).append('\n');
      indent = rest;
    }
    return sb.toString().stripTrailing();
  }
}
