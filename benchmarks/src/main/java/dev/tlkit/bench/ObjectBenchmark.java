package dev.tlkit.bench;

import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.TlWriter;
import dev.tlkit.telegram.InputPeerUser;
import dev.tlkit.telegram.Message;
import dev.tlkit.telegram.MessageEntityBold;
import dev.tlkit.telegram.MessageEntityMention;
import dev.tlkit.telegram.MessageEntityTextUrl;
import dev.tlkit.telegram.MessageReplyHeader;
import dev.tlkit.telegram.PeerUser;
import dev.tlkit.telegram.Tl;
import dev.tlkit.telegram.UploadSaveFilePart;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encode and decode of three single objects: a small one ({@code inputPeerUser}, 20 bytes), a
 * typical one (a {@code message} with text, three entities and a reply, 220 bytes) and a big one
 * ({@code upload.saveFilePart} carrying 512 KiB), with {@code System.arraycopy} of 512 KiB as the
 * baseline the big one is held against.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ObjectBenchmark {
  /** The size of the big payload: 512 KiB, the largest part {@code upload.saveFilePart} takes. */
  static final int BIG = 512 * 1024;

  private TlObject small;
  private byte[] smallBytes;
  private TlObject typical;
  private byte[] typicalBytes;
  private UploadSaveFilePart big;
  private byte[] bigBytes;
  private byte[] bigBuffer;
  private byte[] payload;
  private byte[] payloadCopy;

  /** Builds the objects and their bytes, outside of any timing. */
  @Setup
  public void build() {
    small = smallObject();
    smallBytes = small.toBytes();
    typical = typicalMessage();
    typicalBytes = typical.toBytes();
    payload = new byte[BIG];
    new Random(42).nextBytes(payload);
    payloadCopy = new byte[BIG];
    big = UploadSaveFilePart.builder().fileId(5_432_101_234_567_890L).filePart(7).bytes(payload)
        .build();
    bigBytes = big.toBytes();
    bigBuffer = new byte[bigBytes.length];
  }

  /**
   * The small object: an {@code inputPeerUser}, the first field of most requests.
   *
   * @return it
   */
  static InputPeerUser smallObject() {
    return InputPeerUser.builder().userId(-4644397401204110986L).accessHash(8876526684309139148L)
        .build();
  }

  /**
   * A message as a chat shows it: from a user, replying to an earlier message, with a bold word,
   * a link and a mention.
   *
   * @return the message
   */
  static Message typicalMessage() {
    String text = "Hi Bob! The meeting moved to 15:30, see the agenda and ask @alice if you can't"
        + " make it. Привет из Москвы 👋";
    return Message.builder()
        .out(true)
        .id(184_467)
        .fromId(new PeerUser(777_000_123L))
        .peerId(new PeerUser(1_234_567_890L))
        .replyTo(MessageReplyHeader.builder().replyToMsgId(184_401).build())
        .date(1_730_000_000)
        .message(text)
        .entities(List.of(
            MessageEntityBold.builder().offset(0).length(7).build(),
            MessageEntityTextUrl.builder().offset(43).length(6)
                .url("https://example.com/agenda/2024-11-01").build(),
            MessageEntityMention.builder().offset(58).length(6).build()))
        .build();
  }

  /** @return the bytes */
  @Benchmark
  public byte[] encodeSmall() {
    return small.toBytes();
  }

  /** @return the object */
  @Benchmark
  public TlObject decodeSmall() {
    return Tl.decode(smallBytes);
  }

  /** @return the bytes */
  @Benchmark
  public byte[] encodeTypical() {
    return typical.toBytes();
  }

  /** @return the object */
  @Benchmark
  public TlObject decodeTypical() {
    return Tl.decode(typicalBytes);
  }

  /** @return the bytes, in a new array of exactly their size */
  @Benchmark
  public byte[] encodeBig() {
    return big.toBytes();
  }

  /** @return the buffer, reused: the encoding without the new array */
  @Benchmark
  public byte[] encodeBigIntoBuffer() {
    TlWriter w = new TlWriter(bigBuffer);
    big.serialize(w);
    return bigBuffer;
  }

  /** @return the object */
  @Benchmark
  public TlObject decodeBig() {
    return Tl.decode(bigBytes);
  }

  /** @return the destination: the baseline, a copy of 512 KiB into an array that exists */
  @Benchmark
  public byte[] baselineArraycopy512KiB() {
    System.arraycopy(payload, 0, payloadCopy, 0, BIG);
    return payloadCopy;
  }

  /** @return a new copy: the baseline with the allocation of the destination, as toBytes has */
  @Benchmark
  public byte[] baselineCopyOf512KiB() {
    return Arrays.copyOf(payload, BIG);
  }
}
