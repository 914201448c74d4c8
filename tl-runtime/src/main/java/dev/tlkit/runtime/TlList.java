package dev.tlkit.runtime;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The immutable list of every TL vector in generated objects, decoded or built: a view of an array
 * that nothing changes after the list is made.
 *
 * <p>Why one class of our own rather than {@code List.of}: decoders already own a fresh array of
 * non-null elements, so wrapping it costs one small object and no copy; and when every vector is a
 * {@code TlList}, the loops of generated code call {@link #size()} and {@link #get(int)} on one
 * class only, which the JIT inlines, where a mix of list classes would leave the calls virtual.
 *
 * @param <E> the element type
 */
public final class TlList<E> extends AbstractList<E> implements RandomAccess {
  private static final TlList<?> EMPTY = new TlList<>(new Object[0]);

  private final Object[] elements;

  private TlList(Object[] elements) {
    this.elements = elements;
  }

  /**
   * Wraps {@code owned} without copying it. The caller must have filled it with non-null values of
   * type {@code E} and must never change it again.
   *
   * @param owned the elements
   * @param <E> the element type
   * @return an immutable list backed by {@code owned}
   */
  @SuppressWarnings("unchecked")
  public static <E> List<E> wrap(Object[] owned) {
    return owned.length == 0 ? (List<E>) EMPTY : new TlList<>(owned);
  }

  /**
   * An immutable copy of {@code values} whose elements may be null (a list of which TDLib's
   * td_api.tl says its elements "may be null"), as {@link #copyOf} makes one otherwise.
   *
   * @param values the values
   * @param <E> the element type
   * @return an immutable list of the same values in the same order
   * @throws NullPointerException if {@code values} is null
   */
  @SuppressWarnings("unchecked")
  public static <E> List<E> copyOfNullable(Collection<? extends E> values) {
    if (values instanceof TlList<?>) {
      return (List<E>) values;
    }
    return wrap(Arrays.copyOf(values.toArray(), values.size(), Object[].class));
  }

  /**
   * An immutable copy of {@code values}, for values a caller hands to a generated object: a
   * {@code TlList} is kept as it is, anything else is copied, so no caller can change a list inside
   * an object afterwards.
   *
   * @param values the values, none of them null
   * @param <E> the element type
   * @return an immutable list of the same values in the same order
   * @throws NullPointerException if {@code values} or any of its elements is null
   */
  @SuppressWarnings("unchecked")
  public static <E> List<E> copyOf(Collection<? extends E> values) {
    if (values instanceof TlList<?>) {
      return (List<E>) values;
    }
    // A copy of toArray()'s result: a collection of unknown class may keep the array it returns.
    Object[] elements = Arrays.copyOf(values.toArray(), values.size(), Object[].class);
    for (int i = 0; i < elements.length; i++) {
      Objects.requireNonNull(elements[i], "a list element is null");
    }
    return wrap(elements);
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    return (E) elements[Objects.checkIndex(index, elements.length)];
  }

  @Override
  public int size() {
    return elements.length;
  }
}
