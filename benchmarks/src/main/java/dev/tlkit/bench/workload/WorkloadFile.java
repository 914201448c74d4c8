package dev.tlkit.bench.workload;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The file format of a workload, read by both sides of {@code compare.sh} (tlkit's {@code
 * Throughput} and mtcute's {@code bench.js}): the messages one after the other, each as a 4-byte
 * little-endian length followed by that many bytes of one boxed TL object. Nothing else, so that a
 * ten-line reader in any language gets the same bytes.
 */
public final class WorkloadFile {
  private WorkloadFile() {}

  /**
   * Writes messages to a file.
   *
   * @param file where
   * @param messages the bytes of each message
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, List<byte[]> messages) throws IOException {
    int total = 0;
    for (byte[] m : messages) {
      total += 4 + m.length;
    }
    ByteBuffer out = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
    for (byte[] m : messages) {
      out.putInt(m.length).put(m);
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.write(file, out.array());
  }

  /**
   * Reads the messages of a file.
   *
   * @param file the workload
   * @return each message's bytes, in file order
   * @throws IOException if the file cannot be read or is not in this format
   */
  public static List<byte[]> read(Path file) throws IOException {
    ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    List<byte[]> messages = new ArrayList<>();
    while (in.hasRemaining()) {
      int n = in.getInt();
      if (n < 0 || n > in.remaining()) {
        throw new IOException(file + ": bad length " + n + " at offset " + (in.position() - 4));
      }
      byte[] m = new byte[n];
      in.get(m);
      messages.add(m);
    }
    return messages;
  }
}
