package dev.tlkit.bench;

import dev.tlkit.bench.l223.Tl;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.TlWriter;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

/**
 * One pass over a workload's messages, by name, for {@link SideBySide}, which loads this class
 * from each jar it compares, so that each pass runs that build's code. Its types are the JDK's
 * only, the same class in every loader.
 *
 * <ul>
 *   <li>{@code decode}: {@code Tl.decode(bytes)} of each message;
 *   <li>{@code encode}: {@code toBytes()} of each object;
 *   <li>{@code into-buffer}: each object written into one reused array, {@code
 *       serialize(new TlWriter(array))}, without {@code toBytes()}'s copy.
 * </ul>
 */
public final class Passes implements BiFunction<List<byte[]>, String, LongSupplier> {
  /** Made by {@link SideBySide} through its class loader. */
  public Passes() {}

  @Override
  public LongSupplier apply(List<byte[]> messages, String pass) {
    byte[][] wire = messages.toArray(byte[][]::new);
    TlObject[] objects = new TlObject[wire.length];
    int longest = 0;
    for (int i = 0; i < wire.length; i++) {
      objects[i] = Tl.decode(wire[i]);
      if (!Arrays.equals(objects[i].toBytes(), wire[i])) {
        throw new IllegalStateException("message " + i + " (" + objects[i].tlName()
            + ") does not encode back to its bytes");
      }
      longest = Math.max(longest, wire[i].length);
    }
    byte[] buffer = new byte[longest];
    return switch (pass) {
      case "decode" -> () -> {
        long sum = 0;
        for (byte[] b : wire) {
          sum += Tl.decode(b).constructorId();
        }
        return sum;
      };
      case "encode" -> () -> {
        long sum = 0;
        for (TlObject o : objects) {
          sum += o.toBytes().length;
        }
        return sum;
      };
      case "into-buffer" -> () -> {
        long sum = 0;
        for (TlObject o : objects) {
          TlWriter w = new TlWriter(buffer);
          o.serialize(w);
          sum += w.position();
        }
        return sum;
      };
      default -> throw new IllegalArgumentException(
          "unknown pass " + pass + ": decode, encode or into-buffer");
    };
  }
}
