package dev.treaty.internal.document;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import dev.treaty.model.Problem;
import dev.treaty.model.SourceLocation;
import java.util.Objects;

/**
 * A parsed document whose nodes remember where they were in the file.
 *
 * @param source the file name, as the user knows it
 * @param root the document's root node; every node carries its token location
 */
public record LocatedDocument(String source, JsonNode root) {

  /** Validates the document. */
  public LocatedDocument {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(root, "root");
  }

  /**
   * Where a JSON pointer leads: the node it names, or the deepest existing node on the way (the
   * object that lacks a required property, say).
   *
   * @param pointer an RFC 6901 pointer, {@code ""} for the root
   * @return the location, with the pointer
   */
  public SourceLocation locate(String pointer) {
    JsonNode node = root;
    JsonPointer remaining = JsonPointer.compile(pointer);
    while (!remaining.matches()) {
      JsonNode next = node.isArray()
          ? node.path(remaining.getMatchingIndex())
          : node.path(remaining.getMatchingProperty());
      if (next.isMissingNode()) {
        break;
      }
      node = next;
      remaining = remaining.tail();
    }
    return locationOf(node, pointer);
  }

  /**
   * A problem at a JSON pointer.
   *
   * @param pointer where
   * @param message what is wrong
   * @return the problem
   */
  public Problem problem(String pointer, String message) {
    return new Problem(locate(pointer), message);
  }

  private SourceLocation locationOf(JsonNode node, String pointer) {
    if (node instanceof TokenStreamLocationAware aware) {
      JsonLocation location = aware.tokenStreamLocation();
      if (location != null && location.getLineNr() > 0) {
        return new SourceLocation(source, location.getLineNr(), Math.max(0, location.getColumnNr()),
            pointer);
      }
    }
    return new SourceLocation(source, 0, 0, pointer);
  }
}
