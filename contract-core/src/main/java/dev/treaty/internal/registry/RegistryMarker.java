package dev.treaty.internal.registry;

import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.SourceLocation;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The files written when a directory becomes a registry: the marker, which says which layout the
 * directory uses — so that a Treaty that does not know a future layout refuses it instead of
 * misreading it — and a {@code .gitattributes} that keeps Git from changing stored bytes.
 */
final class RegistryMarker {

  static final String CURRENT_LAYOUT = "1";

  /** Fixed bytes rather than {@link Properties#store}, which would add a timestamp. */
  private static final String CONTENT = """
      # A Treaty contract registry: contract versions and consumer expectations.
      # Written by Treaty; the layout is described in docs/registry.md of
      # https://github.com/treaty-dev/treaty. Do not edit files here by hand.
      layout=1
      """;

  private static final String GIT_ATTRIBUTES = """
      # Written by Treaty with the registry: stored files are kept byte for byte (manifests hold
      # their sizes and SHA-256), so Git must never convert their line ends.
      * -text
      """;

  private RegistryMarker() {}

  static byte[] gitAttributes() {
    return GIT_ATTRIBUTES.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] content() {
    return CONTENT.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Checks a marker's content.
   *
   * @throws InvalidInputException if it cannot be read as a marker
   * @throws InvalidDefinitionException if it names a layout this version does not know
   */
  static void check(byte[] content, Path marker) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(new String(content, StandardCharsets.UTF_8)));
    } catch (IOException | IllegalArgumentException e) {
      throw damaged(marker, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
    }
    String layout = properties.getProperty("layout");
    if (layout == null) {
      throw damaged(marker, RegistryMessages.MARKER_WITHOUT_LAYOUT, null);
    }
    if (!layout.trim().equals(CURRENT_LAYOUT)) {
      throw new InvalidDefinitionException(RegistryMessages.unknownLayout(marker, layout.trim()));
    }
  }

  private static InvalidInputException damaged(Path marker, String problem, @Nullable Throwable cause) {
    return new InvalidInputException(RegistryMessages.damagedMarker(marker),
        List.of(new Problem(SourceLocation.of(marker.toString()), problem)), cause);
  }
}
