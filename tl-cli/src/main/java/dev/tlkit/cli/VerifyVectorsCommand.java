package dev.tlkit.cli;

import dev.tlkit.cli.vectors.BundledSchema;
import dev.tlkit.cli.vectors.GoldenVector;
import dev.tlkit.cli.vectors.VectorChecker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tlc verify-vectors}: holds the generated Telegram API against golden byte vectors. */
@Command(
    name = "verify-vectors",
    description = {
        "Checks the generated Telegram API against golden vectors: one JSON object per line with "
            + "name, id, kind, value and hex.",
        "For each vector: Tl.decode(hex) must give value; bytes built from value by an encoder "
            + "driven by the bundled schema alone must equal hex and decode to the same object; "
            + "toBytes() of the decoded object must give hex back.",
        "Prints one line per failed check, then 'N passed, M failed'."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every vector passed",
        "1:a vector failed, or a file cannot be read",
        "2:bad command line"
    })
final class VerifyVectorsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "FILE", arity = "1..*",
      description = "Golden-vector files (.jsonl).")
  private List<Path> files = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    VectorChecker checker = new VectorChecker(BundledSchema.get());
    int passed = 0;
    int failed = 0;
    for (Path file : files) {
      List<String> lines = InputFiles.readUtf8(file).lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String text = lines.get(i);
        if (text.isBlank()) {
          continue;
        }
        GoldenVector v;
        try {
          v = GoldenVector.parse(text);
        } catch (IllegalArgumentException e) {
          out.println(file + ":" + (i + 1) + ": not a golden vector: " + e.getMessage());
          failed++;
          continue;
        }
        List<String> failures = checker.check(v);
        for (String failure : failures) {
          out.println(v.name() + ": " + failure);
        }
        if (failures.isEmpty()) {
          passed++;
        } else {
          failed++;
        }
      }
    }
    out.println(passed + " passed, " + failed + " failed");
    out.flush();
    return failed == 0 ? 0 : 1;
  }
}
