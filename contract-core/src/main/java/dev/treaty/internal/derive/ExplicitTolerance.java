package dev.treaty.internal.derive;

import dev.treaty.model.Expectation.Tolerance;
import dev.treaty.model.FieldPath;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decides where a derived expectation must write a record's {@code extraFields}. An unset value
 * inherits, and a reader may take that to mean the document's setting or the nearest enclosing
 * object's: the value is written wherever either reading would be wrong, and left out where both
 * agree (so that changing the document's setting still reaches every object that did not differ).
 * Records must be declared parents first.
 */
final class ExplicitTolerance {

  private final Map<FieldPath, Tolerance> written = new HashMap<>();
  private Tolerance document;

  ExplicitTolerance(Tolerance document) {
    this.document = document;
  }

  Tolerance document() {
    return document;
  }

  void document(Tolerance tolerance) {
    this.document = tolerance;
  }

  /** The value to write for the record at {@code path}, whose own tolerance is {@code own}. */
  @Nullable Tolerance of(FieldPath path, Tolerance own) {
    Tolerance inherited = document;
    for (FieldPath p = path.parent(); !p.isRoot(); p = p.parent()) {
      Tolerance enclosing = written.get(p);
      if (enclosing != null) {
        inherited = enclosing;
        break;
      }
    }
    if (own == document && own == inherited) {
      return null;
    }
    written.put(path, own);
    return own;
  }
}
