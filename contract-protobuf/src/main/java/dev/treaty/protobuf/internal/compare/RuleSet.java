package dev.treaty.protobuf.internal.compare;

import java.util.List;

/**
 * The rules a comparison runs, by the kind of pair they judge.
 *
 * @param versions rules over both versions as a whole (deleted files and packages)
 * @param files rules over files present in both
 * @param messages rules over messages present in both
 * @param fields rules over fields and extensions present in both
 * @param enums rules over enums present in both
 */
public record RuleSet(List<PairRule<Versions>> versions, List<PairRule<FilePair>> files,
    List<PairRule<MessagePair>> messages, List<PairRule<FieldPair>> fields,
    List<PairRule<EnumPair>> enums) {

  /** Copies the lists. */
  public RuleSet {
    versions = List.copyOf(versions);
    files = List.copyOf(files);
    messages = List.copyOf(messages);
    fields = List.copyOf(fields);
    enums = List.copyOf(enums);
  }
}
