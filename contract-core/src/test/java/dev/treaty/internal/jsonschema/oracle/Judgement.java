package dev.treaty.internal.jsonschema.oracle;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What a {@link CompatibilityJudge} says about one pair: a verdict per direction, or none. */
sealed interface Judgement permits Judgement.Judged, Judgement.NoVerdict {

  /**
   * A verdict in one direction.
   *
   * @param compatible whether data written by the writer is promised to be readable
   * @param because for an incompatible verdict, what the judge blames (finding ids and paths)
   */
  record Verdict(boolean compatible, List<String> because) {
    public Verdict {
      because = List.copyOf(because);
    }

    /** A "compatible" verdict. */
    static Verdict passes() {
      return new Verdict(true, List.of());
    }

    /** An "incompatible" verdict, and what it blames. */
    static Verdict breaks(String because) {
      return new Verdict(false, List.of(because));
    }
  }

  /**
   * Verdicts per direction; a judge that knows only one direction (a peer corpus that states only
   * BACKWARD) leaves the other {@code null}, and the oracle skips it.
   */
  record Judged(@Nullable Verdict backward, @Nullable Verdict forward) implements Judgement {
    Optional<Verdict> in(Direction direction) {
      return Optional.ofNullable(direction == Direction.BACKWARD ? backward : forward);
    }
  }

  /** The judge gave no verdict (it rejected the input, or failed). */
  record NoVerdict(String reason) implements Judgement {}
}
