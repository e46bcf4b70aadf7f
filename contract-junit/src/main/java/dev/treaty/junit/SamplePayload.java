package dev.treaty.junit;

import java.util.Objects;

/**
 * One sample payload, as a {@link SamplePayloads} method receives it.
 *
 * @param name the sample's name: its class-path resource name or its path relative to the working
 *     directory, e.g. {@code samples/order-placed/gift.json}
 * @param json the sample's text
 */
public record SamplePayload(String name, String json) {

  /** Validates the sample. */
  public SamplePayload {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(json, "json");
  }

  /** The sample's name. */
  @Override
  public String toString() {
    return name;
  }
}
