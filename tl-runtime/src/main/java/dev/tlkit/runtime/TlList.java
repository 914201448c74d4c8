package dev.tlkit.runtime;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The immutable list that generated decoders return for TL vectors: a view of an array they filled
 * and never touch again.
 *
 * <p>Why not {@code List.of(array)}: it copies the array and checks every element for null;
 * decoders already own a fresh array of non-null elements, so wrapping it costs one small object.
 *
 * @param <E> the element type
 */
public final class TlList<E> extends AbstractList<E> implements RandomAccess {
  private final Object[] elements;

  private TlList(Object[] elements) {
    this.elements = elements;
  }

  /**
   * Wraps {@code owned} without copying it. The caller must have filled it with values of type
   * {@code E} and must never change it again.
   *
   * @param owned the elements
   * @param <E> the element type
   * @return an immutable list backed by {@code owned}
   */
  public static <E> List<E> wrap(Object[] owned) {
    return owned.length == 0 ? List.of() : new TlList<>(owned);
  }

  /**
   * An immutable copy of {@code values}, for values a caller hands to a generated object: a list
   * that is already immutable (a decoded one, or {@code List.of}) is kept as it is, anything else is
   * copied, so no caller can change a list inside an object afterwards.
   *
   * @param values the elements; none may be null
   * @param <E> the element type
   * @return an immutable list with the same elements
   * @throws NullPointerException if {@code values} or any element is null
   */
  @SuppressWarnings("unchecked")
  public static <E> List<E> copyOf(java.util.Collection<? extends E> values) {
    if (values instanceof TlList<?>) {
      return (List<E>) values;
    }
    return List.copyOf(values);
  }

  /**
   * Returns the element at {@code index}.
   *
   * @param index from 0 to {@code size() - 1}
   * @return the element
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    return (E) elements[Objects.checkIndex(index, elements.length)];
  }

  /**
   * Returns the number of elements.
   *
   * @return the size
   */
  @Override
  public int size() {
    return elements.length;
  }
}
