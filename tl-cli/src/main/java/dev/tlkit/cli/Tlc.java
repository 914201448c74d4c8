package dev.tlkit.cli;

import dev.tlkit.codegen.GenerationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code tlc}, the tlkit command line. Each subcommand is its own class; this one only wires them
 * together and decides how failures end the process.
 *
 * <p>Exit codes: 0 success, 1 the input is bad or a check failed (the reason is printed, never a
 * stack trace), 2 the command line itself is wrong (picocli's message and the usage).
 */
@Command(
    name = "tlc",
    // --help and --version on every subcommand too.
    scope = CommandLine.ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = Tlc.Version.class,
    description = "Checks TL schemas, generates Java from them, decodes TL messages, verifies "
        + "golden byte vectors, prints the documentation of the Telegram API and writes its reference site.",
    subcommands = {
        CheckCommand.class,
        GenerateCommand.class,
        DecodeCommand.class,
        EncodeCommand.class,
        VerifyVectorsCommand.class,
        DiffCommand.class,
        DocCommand.class,
        SiteCommand.class,
        ImportDocsCommand.class,
        CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:bad input, or a check failed",
        "2:bad command line"
    })
public final class Tlc implements Runnable {
  private final InputStream stdin;
  private final java.io.OutputStream stdout;

  @Spec
  private CommandSpec spec;

  Tlc(InputStream stdin, java.io.OutputStream stdout) {
    this.stdin = stdin;
    this.stdout = stdout;
  }

  public static void main(String[] args) {
    CommandLine cli = commandLine(System.in);
    // TL strings are Unicode and --json output is JSON: UTF-8 whatever the platform's default.
    cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    System.exit(cli.execute(args));
  }

  /** The command line, ready to {@link CommandLine#execute(String...)}; {@code stdin} feeds decode. */
  public static CommandLine commandLine(InputStream stdin) {
    return commandLine(stdin, System.out);
  }

  /**
   * The command line with standard input and the standard output of raw bytes ({@code encode
   * --raw}); text goes to {@link CommandLine#getOut()}.
   */
  public static CommandLine commandLine(InputStream stdin, java.io.OutputStream stdout) {
    CommandLine cli = new CommandLine(new Tlc(stdin, stdout));
    // --id-policy warn, --fail-on BREAKING: enum values in any case, for every subcommand (set
    // after they are all registered, as picocli applies it to those it has).
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(Tlc::handleFailure);
    return cli;
  }

  /** Standard input, for the subcommands that read it. */
  InputStream stdin() {
    return stdin;
  }

  /** Standard output as bytes, for raw output. */
  java.io.OutputStream stdout() {
    return stdout;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }

  /**
   * Reports a schema that cannot become Java (a name clash): each problem on a line of its own,
   * after {@code error: } and {@code why}, then their count.
   *
   * @return 1, the exit code
   */
  static int cannotBecomeJava(PrintWriter err, String why, GenerationException e) {
    for (String problem : e.problems()) {
      err.println("error: " + why + problem);
    }
    err.println(count(e.problems().size(), "error"));
    err.flush();
    return 1;
  }

  /** {@code 1 type}, {@code 2 types}: for messages. */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** A {@link UserException} is the input's fault: one line. Anything else is a bug in tlc. */
  private static int handleFailure(
      Exception e, CommandLine cli, CommandLine.ParseResult parseResult) {
    PrintWriter err = cli.getErr();
    if (e instanceof UserException) {
      err.println("error: " + e.getMessage());
    } else {
      err.println("tlc: internal error, please report it:");
      e.printStackTrace(err);
    }
    err.flush();
    return 1;
  }

  /** {@code 0.1.0}, from the filtered {@code tlc.properties}. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = Tlc.class.getResourceAsStream("/tlkit/tlc.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read tlc's own tlc.properties", e);
    }
    return p.getProperty("version", "(unknown version)");
  }

  /** {@code tlc 0.1.0 (Telegram API layer 228)}. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"tlc " + version() + " (Telegram API layer " + dev.tlkit.telegram.Tl.LAYER + ")"};
    }
  }
}
