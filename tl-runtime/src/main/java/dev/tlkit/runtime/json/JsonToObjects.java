package dev.tlkit.runtime.json;

import dev.tlkit.runtime.TlBytes;
import dev.tlkit.runtime.TlList;
import dev.tlkit.runtime.TlObject;
import dev.tlkit.runtime.json.JsonInput.Token;
import dev.tlkit.runtime.json.TlShapes.Definition;
import dev.tlkit.runtime.json.TlShapes.Field;
import dev.tlkit.runtime.json.TlShapes.Type;
import java.util.Arrays;

/**
 * Reads generated objects from JSON tokens, driven by a schema's {@link TlShapes}: each object's
 * fields are read and checked into a {@link TlJsonFields}, then built by the generated {@code
 * fromJson} of its record, inner objects first. It accepts exactly the JSON {@link JsonToTl} does
 * and refuses the rest with the same errors (both stand on one walk); it only builds no bytes on
 * the way, which made reading twice as slow. An error is thrown before the outermost object is
 * built, so no one sees a part of it.
 *
 * <p>Instances are immutable and may be shared.
 */
public final class JsonToObjects {
  private final TlShapes shapes;
  private final JsonReadOptions options;
  private final TlJsonFields.Factory factory;

  /**
   * A reader of a schema's JSON.
   *
   * @param shapes the schema's shapes
   * @param options the dialect and the limits
   * @param factory the schema's generated {@code Tl::fromJson}
   */
  public JsonToObjects(TlShapes shapes, JsonReadOptions options, TlJsonFields.Factory factory) {
    this.shapes = shapes;
    this.options = options;
    this.factory = factory;
  }

  /**
   * Reads one JSON value, an object of any constructor or function of the schema, which must be
   * all of {@code input}.
   *
   * @param input the JSON tokens
   * @return the object
   * @throws TlJsonException if the JSON is not one value of the schema
   */
  public TlObject read(JsonInput input) {
    return read(input, shapes.anyObject);
  }

  /**
   * Reads one JSON value that must be a function of the schema.
   *
   * @param input the JSON tokens
   * @return the function
   * @throws TlJsonException if the JSON is not one function of the schema
   */
  public TlObject readFunction(JsonInput input) {
    return read(input, shapes.anyFunction);
  }

  /**
   * Reads one JSON value that must be of the Java class named {@code javaSimpleName}: a generated
   * record or sealed interface.
   *
   * @param input the JSON tokens
   * @param javaSimpleName the class's simple name, such as {@code TypeMessage}
   * @return the object
   * @throws TlJsonException if the JSON is not one value of that class
   * @throws IllegalArgumentException if the schema has no such class
   */
  public TlObject read(JsonInput input, String javaSimpleName) {
    return read(input, shapes.javaTypeOrThrow(javaSimpleName));
  }

  private TlObject read(JsonInput input, Type expected) {
    Workspace ws = WORKSPACE.get();
    if (ws.lent) {
      ws = new Workspace(); // an input that reads JSON while it is read: it gets one of its own
    }
    ws.lent = true;
    Run run = new Run(input, ws);
    try {
      run.nextToken();
      TlObject value = run.object(expected);
      if (run.nextToken() != Token.END) {
        throw run.error("more JSON after the value");
      }
      return value;
    } catch (RuntimeException | Error e) {
      // The objects being read when it failed hold values: their fields are not used again.
      Arrays.fill(ws.frames, null);
      throw e;
    } finally {
      ws.names = run.names();
      ws.indexes = run.indexes();
      Arrays.fill(ws.elements, 0, run.top, null);
      if (ws.elements.length > KEPT) {
        ws.elements = new Object[16];
      }
      ws.lent = false;
    }
  }

  /** The most array elements a thread keeps room for between values. */
  private static final int KEPT = 1 << 12;

  /** Each thread's bookkeeping, kept from one value to the next, as {@link JsonToTl}'s. */
  private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

  /** The fields of the object at each depth, the elements of the arrays being read, the path. */
  private static final class Workspace {
    TlJsonFields[] frames = new TlJsonFields[8];
    Object[] elements = new Object[16];
    String[] names = new String[16];
    int[] indexes = new int[16];
    boolean lent;
  }

  /** One reading: the input and where in the JSON it is. */
  private final class Run extends JsonWalk {
    final Workspace ws;
    /** The elements of every array being read, innermost last, from 0 to {@link #top}. */
    Object[] elements;
    int top;

    Run(JsonInput in, Workspace ws) {
      super(JsonToObjects.this.shapes, JsonToObjects.this.options, in, ws.names, ws.indexes);
      this.ws = ws;
      this.elements = ws.elements;
    }

    /** The cleared fields for an object of {@code n} fields at the current depth. */
    TlJsonFields frame(int n) {
      TlJsonFields[] frames = ws.frames;
      if (objectDepth >= frames.length) {
        frames = ws.frames = Arrays.copyOf(frames, Math.max(objectDepth + 1, frames.length * 2));
      }
      TlJsonFields f = frames[objectDepth];
      if (f == null || f.capacity() < n) {
        f = frames[objectDepth] = new TlJsonFields(Math.max(n, 8));
      } else {
        f.clear(n);
      }
      return f;
    }

    /** Reads the value whose first token is current as an object, a list or a boxed number. */
    Object value(Type type) {
      return switch (type.kind) {
        case Type.INT, Type.NAT -> int32();
        case Type.LONG -> int64();
        case Type.INT53 -> int53();
        case Type.DOUBLE -> float64();
        case Type.BOOL, Type.TRUE -> bool();
        default -> reference(type);
      };
    }

    /** A value that is not a number nor a boolean. */
    Object reference(Type type) {
      switch (type.kind) {
        case Type.STRING:
          return string("string");
        case Type.BYTES:
          return TlBytes.of(bytes("bytes", -1));
        case Type.RAW:
          return TlBytes.of(bytes(type.describe(), type.width));
        case Type.VECTOR:
          return vector(type);
        case Type.NULLABLE:
          return token == Token.NULL ? null : value(type.element);
        case Type.BOXED, Type.BARE, Type.ANY_OBJECT, Type.ANY_FUNCTION, Type.EXACT:
          return object(type);
        default:
          throw error("a computed field outside the object it counts for");
      }
    }

    Object vector(Type type) {
      expectArray(type);
      int start = top;
      int count = 0;
      while (nextToken() != Token.END_ARRAY) {
        element(count);
        Object e = value(type.element);
        if (top == elements.length) {
          elements = ws.elements = Arrays.copyOf(elements, elements.length * 2);
        }
        elements[top++] = e;
        levels--;
        count++;
      }
      Object[] owned = Arrays.copyOfRange(elements, start, top);
      Arrays.fill(elements, start, top, null);
      top = start;
      return TlList.wrap(owned);
    }

    TlObject object(Type expected) {
      Definition d = openObject(expected);
      Field[] fields = d.fields;
      int n = fields.length;
      TlJsonFields frame = frame(n);
      boolean outermost = levels == 0 && objectDepth == 1;
      long[] numbers = frame.numbers;
      boolean[] seen = frame.seen;
      int next = 0;
      while (nextToken() != Token.END_OBJECT) {
        int i = member(d, next, outermost, seen);
        if (i < 0) {
          continue;
        }
        Type type = fields[i].type;
        switch (type.kind) {
          case Type.INT, Type.NAT -> numbers[i] = int32();
          case Type.LONG -> numbers[i] = int64();
          case Type.INT53 -> numbers[i] = int53();
          case Type.DOUBLE -> numbers[i] = Double.doubleToRawLongBits(float64());
          case Type.BOOL, Type.TRUE -> numbers[i] = bool() ? 1 : 0;
          default -> frame.values[i] = reference(type);
        }
        next = i + 1;
        levels--;
      }
      // A flag of true that is false is not given: its object says so.
      for (int i : d.trueFlags) {
        if (numbers[i] == 0) {
          seen[i] = false;
        }
      }
      flags(d, seen, frame.flags);
      TlObject value;
      try {
        value = factory.fromJson(d.id, frame);
      } catch (IllegalArgumentException | NullPointerException e) {
        // The shapes check what the records do; a record that still refuses is reported, not
        // thrown through.
        throw error("the value is not valid TL: " + e.getMessage());
      } finally {
        frame.release(n);
      }
      objectDepth--;
      return value;
    }
  }
}
