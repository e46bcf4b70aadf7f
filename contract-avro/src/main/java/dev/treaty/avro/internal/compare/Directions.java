package dev.treaty.avro.internal.compare;

import dev.treaty.model.Classification;

/**
 * In which directions a pair of schemas is read: backward (the new schema reads data the old
 * one wrote) and forward (the old schema reads data the new one wrote). Below a union or a field
 * matched through an alias, a pair may be read in one direction only (an old {@code int} branch
 * is read by the new union's {@code long} branch, never the other way round).
 *
 * @param backward whether the new schema reads the old one's data here
 * @param forward whether the old schema reads the new one's data here
 */
public record Directions(boolean backward, boolean forward) {

  /** Both directions. */
  public static final Directions BOTH = new Directions(true, true);
  /** Neither direction. */
  public static final Directions NONE = new Directions(false, false);
  /** Backward only. */
  public static final Directions BACKWARD = new Directions(true, false);
  /** Forward only. */
  public static final Directions FORWARD = new Directions(false, true);

  /**
   * The directions in both.
   *
   * @param other other directions
   * @return the intersection
   */
  public Directions and(Directions other) {
    return new Directions(backward && other.backward, forward && other.forward);
  }

  /**
   * The directions in either.
   *
   * @param other other directions
   * @return the union
   */
  public Directions or(Directions other) {
    return new Directions(backward || other.backward, forward || other.forward);
  }

  /**
   * Whether any direction is read.
   *
   * @return {@code true} unless {@link #NONE}
   */
  public boolean any() {
    return backward || forward;
  }

  /**
   * A classification in a direction that is not read here is compatible: no reader sees it.
   *
   * @param backwardClass the backward classification
   * @return it, or compatible when backward is not read
   */
  Classification maskBackward(Classification backwardClass) {
    return backward ? backwardClass : Classification.COMPATIBLE;
  }

  /**
   * A classification in a direction that is not read here is compatible: no reader sees it.
   *
   * @param forwardClass the forward classification
   * @return it, or compatible when forward is not read
   */
  Classification maskForward(Classification forwardClass) {
    return forward ? forwardClass : Classification.COMPATIBLE;
  }
}
