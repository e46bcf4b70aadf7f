package dev.treaty.protobuf.internal.read;

import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The source spans of one file's elements, by {@code SourceCodeInfo} path. A descriptor set built
 * without {@code --include_source_info} has none, and every lookup finds nothing.
 */
public final class SourceLocations {

  private final Map<List<Integer>, SourceSpan> spans = new HashMap<>();
  private final Map<List<Integer>, String> comments = new HashMap<>();

  SourceLocations(FileDescriptorProto file) {
    for (Location location : file.getSourceCodeInfo().getLocationList()) {
      List<Integer> span = location.getSpanList();
      if (span.size() != 3 && span.size() != 4) {
        continue; // malformed; protoc writes 3 or 4
      }
      int endLine = span.size() == 4 ? span.get(2) : span.get(0);
      int endColumn = span.size() == 4 ? span.get(3) : span.get(2);
      // The first location of a path is the whole statement; later ones are its parts.
      List<Integer> path = List.copyOf(location.getPathList());
      spans.putIfAbsent(path,
          new SourceSpan(span.get(0) + 1, span.get(1) + 1, endLine + 1, endColumn + 1));
      if (location.hasLeadingComments() && !location.getLeadingComments().isBlank()) {
        comments.putIfAbsent(path, location.getLeadingComments().strip());
      }
    }
  }

  /**
   * The span recorded for a path.
   *
   * @param path a {@code SourceCodeInfo} path, e.g. {@code [4, 0, 2, 1]} for the second field of
   *     the first message
   * @return the span, or {@code null} when none is recorded
   */
  public @Nullable SourceSpan at(List<Integer> path) {
    return spans.get(path);
  }

  /**
   * The leading comment recorded for a path, trimmed.
   *
   * @param path the element's path
   * @return the comment, or {@code null}
   */
  public @Nullable String comment(List<Integer> path) {
    return comments.get(path);
  }
}
