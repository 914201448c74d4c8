package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlDecodeException;
import dev.tlkit.runtime.TlObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Every golden vector, broken in every single place: each byte flipped (xor ff), each byte
 * incremented, and the vector cut at each offset. Each mutant either fails with a {@link
 * TlDecodeException} or decodes to an object that encodes again without an exception; nothing else
 * may escape.
 */
class GoldenMutationTest {
  /** Two threads, one a core: CI has two. */
  private static final int THREADS = 2;

  /** What happened to the mutants of the vectors one thread took. */
  private static final class Tally {
    long bytes;
    long tried;
    long decoded;
    long rejected;

    void decode(byte[] mutant) {
      tried++;
      TlObject value;
      try {
        value = Tl.decode(mutant);
      } catch (TlDecodeException e) {
        rejected++;
        return;
      }
      decoded++;
      value.toBytes(); // encodes into exactly serializedSize() bytes, or throws
    }

    void mutate(GoldenVectorsTest.Vector v) {
      byte[] wire = TlBytes.ofHex(v.hex()).toByteArray();
      bytes += wire.length;
      byte[] mutant = wire.clone();
      for (int i = 0; i < wire.length; i++) {
        try {
          mutant[i] = (byte) (wire[i] ^ 0xff);
          decode(mutant);
          mutant[i] = (byte) (wire[i] + 1);
          decode(mutant);
          mutant[i] = wire[i];
          decode(Arrays.copyOf(wire, i));
        } catch (RuntimeException | java.lang.Error e) {
          throw new AssertionError(v.name() + " mutated at offset " + i + ": " + e, e);
        }
      }
    }
  }

  @Test
  void everySingleByteChangeAndEveryCutDecodesOrFailsCleanly() throws Exception {
    List<GoldenVectorsTest.Vector> vectors = GoldenVectorsTest.load("/golden/vectors.jsonl");
    // Most mutants fail, and each failure copies its stack trace once for every object it is
    // nested in (TlDecodeException.within): on threads of their own, with stacks a tenth as deep
    // as JUnit's, that costs a tenth as much.
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Tally>> tallies = new ArrayList<>();
    try {
      for (int t = 0; t < THREADS; t++) {
        tallies.add(pool.submit(() -> {
          Tally tally = new Tally();
          for (int i; (i = next.getAndIncrement()) < vectors.size(); ) {
            tally.mutate(vectors.get(i));
          }
          return tally;
        }));
      }
      long bytes = 0;
      long tried = 0;
      long decoded = 0;
      long rejected = 0;
      for (Future<Tally> f : tallies) {
        Tally tally;
        try {
          tally = f.get();
        } catch (ExecutionException e) {
          throw (AssertionError) e.getCause();
        }
        bytes += tally.bytes;
        tried += tally.tried;
        decoded += tally.decoded;
        rejected += tally.rejected;
      }
      assertEquals(3 * bytes, tried);
      assertEquals(tried, decoded + rejected);
      // No cut vector decodes, so at least a third of the mutants must be rejected.
      assertTrue(rejected >= bytes, rejected + " rejected");
      System.out.printf("GoldenMutationTest: %d vectors, %d bytes, %d mutants: %d decoded, %d"
          + " rejected%n", vectors.size(), bytes, tried, decoded, rejected);
    } finally {
      pool.shutdownNow();
    }
  }
}
