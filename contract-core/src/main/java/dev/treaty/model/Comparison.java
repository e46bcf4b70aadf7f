package dev.treaty.model;

import java.util.List;
import java.util.Objects;

/**
 * The changes from one earlier contract version to the version being verified.
 *
 * @param previousVersion the earlier version
 * @param findings every change, classified per direction, sorted
 */
public record Comparison(String previousVersion, List<Finding> findings) {

  /** Copies and sorts the findings. */
  public Comparison {
    Objects.requireNonNull(previousVersion, "previousVersion");
    List<Finding> copy = new java.util.ArrayList<>(findings);
    copy.sort(null);
    findings = List.copyOf(copy);
  }
}
