package dev.treaty.protobuf.internal.compare;

import java.util.Collection;
import java.util.stream.Collectors;

/** How messages quote names. */
public final class Texts {

  private Texts() {}

  /**
   * A name in backticks.
   *
   * @param name the name
   * @return e.g. {@code `status`}
   */
  public static String code(String name) {
    return "`" + name + "`";
  }

  /**
   * Names in backticks, joined.
   *
   * @param names the names
   * @return e.g. {@code `A`, `B`}
   */
  public static String codes(Collection<String> names) {
    return names.stream().map(Texts::code).collect(Collectors.joining(", "));
  }
}
