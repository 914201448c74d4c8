package dev.tlkit.bench.workload;

import dev.tlkit.bench.l223.Tl;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.schema.IdPolicy;
import dev.tlkit.schema.Schema;
import dev.tlkit.schema.SchemaLoader;
import dev.tlkit.schema.SchemaOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Writes the four workloads of {@code compare.sh} at layer 223, the same bytes on every run:
 *
 * <ul>
 *   <li>{@code history.bin}: 10 answers to {@code messages.getHistory} ({@code messages.messages}
 *       of 100 messages of 10 to 400 chars of mixed scripts with 0 to 4 entities, a quarter with a
 *       photo, a third replies; 40 users with names, usernames, photos and statuses; 5 channels);
 *   <li>{@code updates.bin}: 1,000 {@code updates} of 1 to 3 {@code updateNewMessage} with their
 *       users and channel;
 *   <li>{@code file.bin}: 4 {@code upload.file} parts of 512 KiB;
 *   <li>{@code corpus.bin}: one object of every constructor of the schema.
 * </ul>
 *
 * <p>Every message is checked before it is written: tlkit decodes it and encodes the result back
 * to the same bytes.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.tlkit.bench.workload.Workloads OUT_DIR
 * </pre>
 */
public final class Workloads {
  /** The layer-223 schema inside the benchmarks jar. */
  static final String SCHEMA = "/dev/tlkit/bench/tl223/mtcute-api-layer223.tl";
  /** The names of the workloads, which are also their file names without {@code .bin}. */
  public static final List<String> NAMES = List.of("history", "updates", "file", "corpus");

  private Workloads() {}

  /**
   * Writes the workloads.
   *
   * @param args the output directory
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: Workloads OUT_DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    RealisticTraffic traffic = new RealisticTraffic(223);
    List<byte[]> history = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      history.add(traffic.history(100_000 + i * 100).toBytes());
    }
    List<byte[]> updates = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      updates.add(traffic.updates(200_000 + i * 3, 1_750_000_000 + i).toBytes());
    }
    List<byte[]> file = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      file.add(traffic.filePart(1_750_000_000 + i).toBytes());
    }
    List<byte[]> corpus = new EveryConstructor(loadSchema()).all();
    write(dir, "history", history);
    write(dir, "updates", updates);
    write(dir, "file", file);
    write(dir, "corpus", corpus);
  }

  private static void write(Path dir, String name, List<byte[]> messages) throws IOException {
    long bytes = 0;
    for (byte[] m : messages) {
      TlObject o = Tl.decode(m);
      if (!Arrays.equals(o.toBytes(), m)) {
        throw new IllegalStateException(name + ": " + o.tlName() + " does not round-trip");
      }
      bytes += m.length;
    }
    Path file = dir.resolve(name + ".bin");
    WorkloadFile.write(file, messages);
    System.out.printf("%s: %d messages, %d bytes%n", file, messages.size(), bytes);
  }

  static Schema loadSchema() {
    try (InputStream in = Workloads.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException(SCHEMA + " is not in the jar: rebuild the benchmarks");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      SchemaOptions options = new SchemaOptions(IdPolicy.STRICT,
          Set.of("inputPeerPhotoFileLocationLegacy", "inputStickerSetThumbLegacy"));
      return new SchemaLoader(options).add("mtcute-api-layer223.tl", text).load();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
