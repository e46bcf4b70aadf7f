package dev.treaty.protobuf.internal.compare;

import dev.treaty.model.Finding;
import dev.treaty.protobuf.internal.read.ProtoFiles;
import dev.treaty.protobuf.internal.read.SourceSpan;
import java.util.List;

/**
 * Turns changes into findings: only those the scope includes, each at its data path, with a
 * schema pointer {@code file:line:column#element} into the current version (as much of it as is
 * known), the message from the catalogue's template; sorted, each distinct finding once.
 */
public final class Findings {

  private Findings() {}

  /**
   * The findings of a comparison.
   *
   * @param changes the changes
   * @param scope which changes concern the payload, and where
   * @param current the current version, whose file names the pointers use
   * @return the findings, sorted
   */
  public static List<Finding> of(List<Change> changes, Scope scope, ProtoFiles current) {
    return Finding.merged(changes.stream().filter(change -> scope.includes(change.subject()))
        .map(change -> new Finding(change.rule().id(), scope.path(change.subject()),
            pointer(change, current), change.oldValue(), change.newValue(), change.message(), null,
            change.backward(), change.forward()))
        .toList());
  }

  /**
   * The schema pointer of a change: {@code file:line:column#element}, {@code file#element}, or
   * the element alone when the current version has no place for it.
   *
   * @param change the change
   * @param current the current version
   * @return the pointer
   */
  public static String pointer(Change change, ProtoFiles current) {
    Place place = change.place();
    String element = change.subject().element();
    if (place.file() == null) {
      return element;
    }
    String file = current.displayName(place.file());
    SourceSpan span = place.span();
    String where = span == null ? file : file + ":" + span;
    return change.subject().kind() == Subject.Kind.FILE ? where : where + "#" + element;
  }
}
