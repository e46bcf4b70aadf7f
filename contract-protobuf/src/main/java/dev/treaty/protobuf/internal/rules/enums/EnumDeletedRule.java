package dev.treaty.protobuf.internal.rules.enums;

import com.google.protobuf.Descriptors.EnumDescriptor;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.FilePair;
import dev.treaty.protobuf.internal.compare.PairRule;
import dev.treaty.protobuf.internal.compare.Side;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Texts;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * An enum a file declared is no longer declared there (by its name within the package); it is
 * reported at the innermost message that still encloses its place, else at the file.
 */
public final class EnumDeletedRule implements PairRule<FilePair> {

  @Override
  public Set<ProtobufRule> reports() {
    return Set.of(ProtobufRule.ENUM_DELETED);
  }

  @Override
  public void check(FilePair pair, Changes changes) {
    Side current = pair.versions().current();
    Set<String> names = new HashSet<>();
    for (EnumDescriptor enumType : current.enums().values()) {
      if (enumType.getFile() == pair.current()) {
        names.add(Side.nestedName(pair.current(), enumType.getFullName()));
      }
    }
    for (EnumDescriptor enumType : pair.versions().previous().enums().values()) {
      if (enumType.getFile() != pair.previous()) {
        continue;
      }
      String nested = Side.nestedName(pair.previous(), enumType.getFullName());
      if (!names.contains(nested)) {
        changes.add(ProtobufRule.ENUM_DELETED, Subject.enumType(enumType),
            current.enclosing(pair.current(), nested), enumType.getFullName(), null,
            Map.of("name", Texts.code(pair.current().getName())));
      }
    }
  }
}
