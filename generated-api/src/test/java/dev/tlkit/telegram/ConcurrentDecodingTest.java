package dev.tlkit.telegram;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlFunction;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.schema.Combinator;
import dev.tlkit.schema.Schema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Generated objects are immutable, so they may be shared between threads without locks, and
 * decoding keeps no state outside its {@code TlReader}, so many threads may decode at once.
 */
class ConcurrentDecodingTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 3;

  @Test
  void manyThreadsDecodeTheGoldenVectorsAtOnceAndAgreeWithOneThread() throws Exception {
    List<byte[]> wires = new ArrayList<>();
    for (GoldenVectorsTest.Vector v : GoldenVectorsTest.load("/golden/vectors.jsonl")) {
      wires.add(TlBytes.ofHex(v.hex()).toByteArray());
    }
    List<TlObject> expected = wires.stream().map(Tl::decode).toList();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t * wires.size() / THREADS; // each thread starts at a different vector
        results.add(pool.submit(() -> {
          start.await();
          int checked = 0;
          for (int round = 0; round < ROUNDS; round++) {
            for (int k = 0; k < wires.size(); k++) {
              int i = (offset + k) % wires.size();
              TlObject decoded = Tl.decode(wires.get(i));
              // Shared objects are read by all threads at once: equals, hashCode (TlBytes caches
              // its hash racily), toBytes.
              TlObject shared = expected.get(i);
              assertEquals(shared, decoded);
              assertEquals(shared.hashCode(), decoded.hashCode());
              assertArrayEquals(wires.get(i), shared.toBytes());
              checked++;
            }
          }
          return checked;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : results) {
        total += f.get(60, TimeUnit.SECONDS);
      }
      assertEquals(THREADS * ROUNDS * wires.size(), total);
    } finally {
      pool.shutdownNow();
    }
  }

  /** What a record component may hold so that the record stays immutable. */
  private static final Set<Class<?>> IMMUTABLE = Set.of(int.class, long.class, double.class,
      boolean.class, Integer.class, Long.class, Double.class, Boolean.class, String.class,
      TlBytes.class);

  @Test
  void everyComponentOfEveryGeneratedRecordIsImmutable() {
    Schema schema = RandomRoundTripTest.schema();
    RandomObjects random = new RandomObjects(schema, 7);
    List<Combinator> all = new ArrayList<>(schema.constructors());
    all.addAll(schema.functions());
    int records = 0;
    for (Combinator c : all) {
      if (c.isBuiltin() || c.name().equals("gzip_packed")) {
        continue;
      }
      Class<?> type = random.classOf(c);
      for (RecordComponent rc : type.getRecordComponents()) {
        Class<?> t = rc.getType();
        boolean ok = IMMUTABLE.contains(t) || t == List.class || TlObject.class.isAssignableFrom(t)
            || t == TlFunction.class;
        assertTrue(ok, c.name() + "." + rc.getName() + " is a " + t);
      }
      records++;
    }
    assertTrue(records > 2000, "records: " + records);
  }

  @Test
  void listsAndBytesOfADecodedObjectCannotBeChanged() {
    MessagesMessages messages = MessagesMessages.builder()
        .messages(List.of(MessageEmpty.builder().id(1).build())).topics(List.of())
        .chats(new ArrayList<>()).users(List.of()).build();
    MessagesMessages decoded = (MessagesMessages) Tl.decode(messages.toBytes());
    assertThrows(UnsupportedOperationException.class, () -> decoded.messages().add(null));
    assertThrows(UnsupportedOperationException.class, () -> decoded.messages().set(0, null));
    assertThrows(UnsupportedOperationException.class, () -> decoded.chats().add(null));

    Photo photo = Photo.builder().id(1).accessHash(2).fileReference(new byte[] {1, 2, 3}).date(3)
        .sizes(List.of()).dcId(4).build();
    Photo decodedPhoto = (Photo) Tl.decode(photo.toBytes());
    byte[] out = decodedPhoto.fileReference().toByteArray();
    out[0] = 99;
    assertNotSame(out, decodedPhoto.fileReference().toByteArray());
    assertEquals(1, decodedPhoto.fileReference().byteAt(0));
    assertEquals(photo, decodedPhoto);
  }
}
