package dev.treaty.protobuf.internal.compare;

import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.Set;

/**
 * A rule that judges one pair of elements: both versions as a whole ({@link Versions}), a
 * {@link FilePair}, {@link MessagePair}, {@link FieldPair} or {@link EnumPair}.
 *
 * @param <P> the kind of pair
 */
public interface PairRule<P> {

  /**
   * The catalogue entries this rule reports.
   *
   * @return the entries
   */
  Set<ProtobufRule> reports();

  /**
   * Judges a pair.
   *
   * @param pair the pair
   * @param changes where to report what changed
   */
  void check(P pair, Changes changes);
}
