package dev.treaty.protobuf.internal.rules.packages;

import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.GenericDescriptor;
import dev.treaty.protobuf.internal.compare.Changes;
import dev.treaty.protobuf.internal.compare.Place;
import dev.treaty.protobuf.internal.compare.Side;
import dev.treaty.protobuf.internal.compare.Subject;
import dev.treaty.protobuf.internal.compare.Texts;
import dev.treaty.protobuf.internal.compare.Versions;
import dev.treaty.protobuf.internal.rules.ProtobufRule;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the package rules share: an element of a package that still exists is deleted when no
 * file of the package declares its name any more. It is reported at the innermost message that
 * still encloses its place (for a message, in any file of the package; for others, in its old
 * file, as buf does), else at its old file, else (the file is gone too) nowhere.
 */
final class PackageElements {

  private PackageElements() {}

  static <D extends GenericDescriptor> void check(Versions versions, Changes changes,
      ProtobufRule rule, Function<Side, Collection<D>> elements, Function<D, Subject> subject,
      boolean packageWide) {
    Set<String> current = new HashSet<>();
    for (D element : elements.apply(versions.current())) {
      current.add(element.getFullName());
    }
    for (D element : elements.apply(versions.previous())) {
      String pkg = element.getFile().getPackage();
      if (current.contains(element.getFullName())
          || !versions.current().packages().containsKey(pkg)) {
        continue;
      }
      FileDescriptor file = versions.current().ownFiles().get(element.getFile().getName());
      String nested = Side.nestedName(element.getFile(), element.getFullName());
      Place place = file == null ? Place.NOWHERE : packageWide
          ? versions.current().enclosingInPackage(file, nested)
          : versions.current().enclosing(file, nested);
      changes.add(rule, subject.apply(element), place, element.getFullName(), null,
          Map.of("name", Texts.code(pkg.isEmpty() ? "(no package)" : pkg)));
    }
  }
}
