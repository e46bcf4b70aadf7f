package dev.treaty.protobuf.internal.compare;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import dev.treaty.model.FieldPath;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The payload of a contract: the root message and every message and enum reachable from it
 * through fields, in either version. Changes to other elements of the same files (another
 * message, a service) do not concern this payload and are left out; changes to the files and
 * packages that hold the payload's types stay in.
 *
 * <p>Each type is placed at its shortest path from the root (breadth first, fields in declaration
 * order, the current version first), so a type used in several places is reported once, at a
 * stable path. A field of a real oneof is the branch of the oneof: {@code payment<card>}; a map's
 * values are {@code attributes{}}, a repeated field's elements {@code lines[]}.
 */
public final class PayloadScope implements Scope {

  private final Map<String, FieldPath> messages = new HashMap<>();
  private final Map<String, FieldPath> mapEntries = new HashMap<>();
  private final Map<String, FieldPath> enums = new HashMap<>();
  private final Set<String> files = new HashSet<>();
  private final Set<String> packages = new HashSet<>();

  private PayloadScope() {}

  /**
   * The payload of a message in two versions.
   *
   * @param previous the root message of the earlier version
   * @param current the root message of the later version
   * @return the scope
   */
  public static PayloadScope of(Descriptor previous, Descriptor current) {
    PayloadScope scope = new PayloadScope();
    scope.walk(current);
    scope.walk(previous);
    return scope;
  }

  /** Walks one version breadth first; paths found by an earlier walk (the current one) win. */
  private void walk(Descriptor root) {
    Deque<Descriptor> queue = new ArrayDeque<>();
    Map<String, FieldPath> seen = new HashMap<>();
    enter(root, FieldPath.ROOT, seen, queue);
    while (!queue.isEmpty()) {
      Descriptor message = queue.poll();
      FieldPath base = seen.get(message.getFullName());
      for (FieldDescriptor field : message.getFields()) {
        FieldPath path = member(base, field);
        if (field.isMapField()) {
          Descriptor entry = field.getMessageType();
          mapEntries.putIfAbsent(entry.getFullName(), path);
          visit(entry.findFieldByNumber(2), path.mapValue(), seen, queue);
        } else {
          visit(field, field.isRepeated() ? path.element() : path, seen, queue);
        }
      }
    }
  }

  private void enter(Descriptor message, FieldPath path, Map<String, FieldPath> seen,
      Deque<Descriptor> queue) {
    if (seen.putIfAbsent(message.getFullName(), path) == null) {
      messages.putIfAbsent(message.getFullName(), path);
      queue.add(message);
      files.add(message.getFile().getName());
      packages.add(message.getFile().getPackage());
    }
  }

  private void visit(FieldDescriptor field, FieldPath path, Map<String, FieldPath> seen,
      Deque<Descriptor> queue) {
    switch (field.getJavaType()) {
      case MESSAGE -> enter(field.getMessageType(), path, seen, queue);
      case ENUM -> {
        enums.putIfAbsent(field.getEnumType().getFullName(), path);
        files.add(field.getEnumType().getFile().getName());
        packages.add(field.getEnumType().getFile().getPackage());
      }
      default -> {
        // scalars end the walk
      }
    }
  }

  private static FieldPath member(FieldPath base, FieldDescriptor field) {
    OneofDescriptor oneof = field.getRealContainingOneof();
    return oneof == null ? base.field(field.getName())
        : base.field(oneof.getName()).branch(field.getName());
  }

  @Override
  public boolean includes(Subject subject) {
    return switch (subject.kind()) {
      case FILE -> files.contains(subject.owner());
      case PACKAGE -> packages.contains(subject.owner());
      case ENUM -> enums.containsKey(subject.owner());
      case MESSAGE, FIELD, ONEOF, EXTENSION -> messages.containsKey(subject.owner())
          || mapEntries.containsKey(subject.owner());
    };
  }

  @Override
  public FieldPath path(Subject subject) {
    return switch (subject.kind()) {
      case FILE, PACKAGE -> FieldPath.ROOT;
      case ENUM -> enums.getOrDefault(subject.owner(), FieldPath.ROOT);
      case MESSAGE, EXTENSION -> message(subject.owner());
      case ONEOF -> message(subject.owner()).field(String.valueOf(subject.member()));
      case FIELD -> field(subject);
    };
  }

  private FieldPath message(String name) {
    FieldPath path = messages.get(name);
    if (path != null) {
      return path;
    }
    return mapEntries.getOrDefault(name, FieldPath.ROOT);
  }

  private FieldPath field(Subject subject) {
    FieldPath entry = mapEntries.get(subject.owner());
    if (entry != null) {
      return subject.number() == 2 ? entry.mapValue() : entry;
    }
    FieldPath base = messages.getOrDefault(subject.owner(), FieldPath.ROOT);
    String member = String.valueOf(subject.member());
    return subject.oneof() == null ? base.field(member)
        : base.field(subject.oneof()).branch(member);
  }
}
