package dev.treaty.internal.jsonschema.read;

import dev.treaty.internal.document.DocumentReader;
import dev.treaty.internal.document.LocatedDocument;
import com.fasterxml.jackson.databind.JsonNode;
import dev.treaty.model.InvalidDefinitionException;
import dev.treaty.model.InvalidInputException;
import dev.treaty.model.Problem;
import dev.treaty.model.SourceFile;
import dev.treaty.model.UnsupportedFeatureException;
import dev.treaty.spi.SchemaResolver;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A schema and every file it references, with all references resolved. Loading reads the root
 * file, indexes {@code $id}s and anchors, resolves every {@code $ref} (reading files beside the
 * root through the {@link SchemaResolver}), and refuses what it cannot resolve offline: a remote
 * URI is an {@link UnsupportedFeatureException} naming the place, never a network request.
 * Once loaded, a graph is immutable and safe to share between threads.
 */
public final class SchemaGraph {

  /** The base URI of files that declare no absolute {@code $id}; never dereferenced. */
  private static final String LOCAL_SCHEME = "treaty-file";

  private final SchemaResolver resolver;
  private final List<SchemaDocument> documents = new ArrayList<>();
  private final Map<String, SchemaDocument> documentsByLocation = new HashMap<>();
  private final Map<String, SchemaNode> nodes = new ConcurrentHashMap<>();
  /** Node ids are unique across graphs, so comparisons can key on them. */
  private static final AtomicLong IDS = new AtomicLong();
  private final Map<String, SchemaNode> resources = new HashMap<>();
  private final Map<String, SchemaNode> anchors = new HashMap<>();
  private final Map<SchemaNode, URI> baseUris = new HashMap<>();
  private final Map<SchemaNode, List<SchemaNode>> references = new HashMap<>();
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> remote = new ArrayList<>();
  private SchemaNode root;

  private SchemaGraph(SchemaResolver resolver) {
    this.resolver = resolver;
  }

  /**
   * Loads a schema.
   *
   * @param source the root file
   * @param resolver where files beside it are found
   * @param element a JSON pointer (optionally starting with {@code #}) to the subschema that is
   *     the payload's schema, or {@code null} for the whole file
   * @return the loaded graph
   * @throws InvalidInputException naming file, line and column, if a file is malformed or a
   *     reference points to nothing
   * @throws UnsupportedFeatureException if a reference needs the network
   * @throws InvalidDefinitionException if {@code element} names no subschema
   */
  public static SchemaGraph load(SourceFile source, SchemaResolver resolver,
      @Nullable String element) {
    SchemaGraph graph = new SchemaGraph(resolver);
    SchemaDocument main = graph.read(source, null, true);
    graph.resolveAll();
    graph.root = graph.element(main, element);
    return graph;
  }

  /**
   * The schema of the payload: the root file's root, or the selected element.
   *
   * @return the root node
   */
  public SchemaNode root() {
    return root;
  }

  /**
   * Every file read, the root file first.
   *
   * @return the files
   */
  public List<SourceFile> sources() {
    return documents.stream().map(SchemaDocument::source).toList();
  }

  /**
   * The interned node at a place.
   *
   * @param document the file
   * @param pointer the JSON pointer within it
   * @return the node
   */
  SchemaNode node(SchemaDocument document, String pointer) {
    String key = document.source().location() + "#" + pointer;
    SchemaNode existing = nodes.get(key);
    if (existing != null) {
      return existing;
    }
    return nodes.computeIfAbsent(key,
        k -> new SchemaNode(this, document, pointer, document.at(pointer), IDS.incrementAndGet()));
  }

  List<SchemaNode> referencesOf(SchemaNode node) {
    return references.getOrDefault(node, List.of());
  }

  private SchemaDocument read(SourceFile source, @Nullable SchemaDocument from, boolean main) {
    LocatedDocument located = DocumentReader.read(source.location(), source.bytes());
    JsonNode tree = located.root();
    Draft draft = from == null ? Draft.DRAFT_2020_12 : from.draft();
    boolean declared = from != null && !from.tolerant();
    JsonNode schemaUri = tree.isObject() ? tree.get("$schema") : null;
    if (schemaUri != null && schemaUri.isTextual()) {
      Optional<Draft> named = Draft.fromUri(schemaUri.textValue());
      if (named.isEmpty()) {
        throw new UnsupportedFeatureException("Unsupported JSON Schema dialect",
            List.of(new Problem(located.locate("/$schema"),
                "`$schema` " + schemaUri.textValue() + " names no draft Treaty reads; use one of "
                    + "draft-04, draft-06, draft-07, 2019-09 or 2020-12.")));
      }
      draft = named.get();
      declared = true;
    }
    if (!tree.isObject() && !tree.isBoolean()) {
      throw InvalidInputException.of(new Problem(located.locate(""),
          "A schema must be an object or a boolean, not " + kind(tree) + "."));
    }
    SchemaDocument document = new SchemaDocument(source, tree, draft, declared, main);
    documents.add(document);
    documentsByLocation.put(source.location(), document);
    index(document);
    failOnProblems(source);
    return document;
  }

  /** Walks a file's schemas, recording base URIs, {@code $id}s, anchors and shape problems. */
  private void index(SchemaDocument document) {
    SchemaNode top = node(document, "");
    URI fileBase = localUri(document.source().location());
    baseUris.put(top, fileBase);
    resources.put(withoutFragment(fileBase).toString(), top);
    Deque<SchemaNode> work = new ArrayDeque<>();
    Map<SchemaNode, URI> parentBase = new HashMap<>();
    parentBase.put(top, fileBase);
    work.push(top);
    Set<SchemaNode> seen = new HashSet<>();
    while (!work.isEmpty()) {
      SchemaNode node = work.pop();
      if (!seen.add(node)) {
        continue;
      }
      URI base = declareIdentity(node, parentBase.get(node));
      baseUris.put(node, base);
      KeywordShapes.check(node, problems);
      List<SchemaNode> children = Subschemas.of(node);
      for (int i = children.size() - 1; i >= 0; i--) {
        parentBase.putIfAbsent(children.get(i), base);
        work.push(children.get(i));
      }
    }
  }

  private URI declareIdentity(SchemaNode node, URI inherited) {
    URI base = inherited;
    if (!node.json().isObject() || node.refReplacesSiblings()) {
      return base;
    }
    String id = node.text(node.draft() == Draft.DRAFT_4 && !node.document().tolerant() ? "id" : "$id");
    if (id != null) {
      URI resolved = resolve(inherited, id);
      if (resolved != null) {
        if (resolved.getRawFragment() != null && !resolved.getRawFragment().isEmpty()
            && !id.startsWith("#/")) {
          anchors.put(withoutFragment(resolved) + "#" + resolved.getFragment(), node);
        }
        if (!id.startsWith("#")) {
          base = withoutFragment(resolved);
          resources.putIfAbsent(base.toString(), node);
        }
      }
    }
    for (String keyword : List.of("$anchor", "$dynamicAnchor")) {
      String anchor = node.text(keyword);
      if (anchor != null) {
        anchors.putIfAbsent(withoutFragment(base) + "#" + anchor, node);
      }
    }
    return base;
  }

  /** Resolves every reference of every file, reading referenced files as they are found. */
  private void resolveAll() {
    Set<SchemaNode> done = new HashSet<>();
    boolean more = true;
    while (more) {
      more = false;
      for (SchemaNode node : List.copyOf(baseUris.keySet())) {
        if (done.add(node) && node.json().isObject()) {
          resolveReferences(node);
          more = true;
        }
      }
    }
    if (!remote.isEmpty()) {
      throw new UnsupportedFeatureException("Remote `$ref`s are not resolved: Treaty never "
          + "fetches schemas over the network", remote);
    }
    failOnProblems(documents.get(0).source());
    checkReferenceCycles();
  }

  private void resolveReferences(SchemaNode node) {
    List<SchemaNode> targets = new ArrayList<>();
    for (String keyword : List.of("$ref", "$dynamicRef", "$recursiveRef")) {
      String reference = node.text(keyword);
      if (reference == null) {
        continue;
      }
      SchemaNode target = keyword.equals("$recursiveRef") && reference.equals("#")
          ? node(node.document(), "") : resolve(node, keyword, reference);
      if (target != null) {
        targets.add(target);
        if (!baseUris.containsKey(target)) {
          indexFrom(target);
        }
      }
    }
    if (!targets.isEmpty()) {
      references.put(node, List.copyOf(targets));
    }
  }

  /** A reference may land inside a file's unknown keywords; walk what is below it. */
  private void indexFrom(SchemaNode target) {
    Deque<SchemaNode> work = new ArrayDeque<>();
    work.push(target);
    URI base = baseUris.getOrDefault(node(target.document(), ""),
        localUri(target.document().source().location()));
    while (!work.isEmpty()) {
      SchemaNode node = work.pop();
      if (baseUris.containsKey(node)) {
        continue;
      }
      baseUris.put(node, base);
      KeywordShapes.check(node, problems);
      Subschemas.of(node).forEach(work::push);
    }
  }

  private @Nullable SchemaNode resolve(SchemaNode node, String keyword, String reference) {
    URI base = baseUris.get(node);
    URI target = resolve(base, reference);
    if (target == null) {
      problems.add(problem(node, keyword, "`" + keyword + "` " + reference
          + " is not a valid URI reference."));
      return null;
    }
    String resourceKey = withoutFragment(target).toString();
    SchemaNode resource = resources.get(resourceKey);
    if (resource == null) {
      resource = loadBeside(node, keyword, reference, target);
      if (resource == null) {
        return null;
      }
    }
    String fragment = target.getFragment();
    if (fragment == null || fragment.isEmpty()) {
      return resource;
    }
    if (fragment.startsWith("/")) {
      String pointer = resource.pointer() + fragment;
      JsonNode json = resource.document().at(pointer);
      if (json.isMissingNode()) {
        problems.add(problem(node, keyword, "`" + keyword + "` " + reference + " points to "
            + "nothing: " + resource.document().source().location() + " has no `" + fragment
            + "`."));
        return null;
      }
      if (!json.isObject() && !json.isBoolean()) {
        problems.add(problem(node, keyword, "`" + keyword + "` " + reference + " points to "
            + kind(json) + ", not to a schema."));
        return null;
      }
      return node(resource.document(), pointer);
    }
    SchemaNode anchored = anchors.get(resourceKey + "#" + fragment);
    if (anchored == null) {
      problems.add(problem(node, keyword, "`" + keyword + "` " + reference + " names the anchor `"
          + fragment + "`, which no schema in " + resource.document().source().location()
          + " declares."));
    }
    return anchored;
  }

  /** Reads the file a relative reference names, beside the referencing file. */
  private @Nullable SchemaNode loadBeside(SchemaNode node, String keyword, String reference,
      URI target) {
    String path = reference.contains("#") ? reference.substring(0, reference.indexOf('#'))
        : reference;
    boolean relative = !hasScheme(reference);
    Optional<SourceFile> file = Optional.empty();
    if (LOCAL_SCHEME.equals(target.getScheme())) {
      String location = SchemaResolver.normalize(target.getPath().substring(1));
      file = location == null ? Optional.empty() : Optional.ofNullable(
          documentsByLocation.containsKey(location) ? documentsByLocation.get(location).source()
              : resolver.find(location).orElse(null));
    } else if (relative && !path.isEmpty()) {
      file = resolver.findRelative(node.document().source(), path);
    } else {
      remote.add(problem(node, keyword, "`" + keyword + "` " + reference + " points to the "
          + "remote schema " + withoutFragment(target) + ". Copy that schema next to this file "
          + "and refer to it by a relative path."));
      return null;
    }
    if (file.isEmpty()) {
      problems.add(problem(node, keyword, "`" + keyword + "` " + reference + " refers to "
          + (path.isEmpty() ? reference : path) + ", which is not beside "
          + node.document().source().location() + "."));
      return null;
    }
    SchemaDocument document = documentsByLocation.get(file.get().location());
    if (document == null) {
      document = read(file.get(), node.document(), false);
    }
    SchemaNode top = node(document, "");
    SchemaNode byId = resources.get(withoutFragment(target).toString());
    if (byId == null) {
      resources.put(withoutFragment(target).toString(), top);
      byId = top;
    }
    return byId;
  }

  /**
   * Refuses chains of references that lead back to where they started without reaching a
   * schema: a validator would loop on them. One depth-first pass over the reference edges.
   */
  private void checkReferenceCycles() {
    Map<SchemaNode, Integer> state = new HashMap<>(); // 1 = on the current path, 2 = finished
    for (SchemaNode start : references.keySet()) {
      if (state.containsKey(start)) {
        continue;
      }
      Deque<SchemaNode> path = new ArrayDeque<>();
      Deque<java.util.Iterator<SchemaNode>> pending = new ArrayDeque<>();
      path.push(start);
      pending.push(references.get(start).iterator());
      state.put(start, 1);
      while (!path.isEmpty()) {
        java.util.Iterator<SchemaNode> next = pending.peek();
        if (!next.hasNext()) {
          state.put(path.pop(), 2);
          pending.pop();
          continue;
        }
        SchemaNode target = next.next();
        Integer seen = state.get(target);
        if (seen != null && seen == 1) {
          List<String> cycle = new ArrayList<>();
          for (SchemaNode step : path) {
            cycle.add(0, step.label(null).isEmpty() ? "#" : step.label(null));
            if (step == target) {
              break;
            }
          }
          problems.add(problem(target, "$ref", "`$ref` cycle " + String.join(" -> ", cycle)
              + " -> back again, without ever reaching a schema."));
        } else if (seen == null) {
          state.put(target, 1);
          path.push(target);
          pending.push(references.getOrDefault(target, List.of()).iterator());
        }
      }
    }
    failOnProblems(documents.get(0).source());
  }

  private SchemaNode element(SchemaDocument main, @Nullable String element) {
    if (element == null || element.isBlank() || element.equals("#")) {
      return node(main, "");
    }
    String pointer = element.startsWith("#") ? element.substring(1) : element;
    if (!pointer.startsWith("/")) {
      pointer = "/" + pointer;
    }
    JsonNode json;
    try {
      json = main.at(pointer);
    } catch (IllegalArgumentException e) {
      throw new InvalidDefinitionException("Schema element `" + element + "` is not a JSON "
          + "pointer (expected e.g. /$defs/OrderPlaced).", e);
    }
    if (!json.isObject() && !json.isBoolean()) {
      throw new InvalidDefinitionException("Schema element `" + element + "` names no schema in "
          + main.source().location() + " (expected a JSON pointer such as /$defs/OrderPlaced).");
    }
    return node(main, pointer);
  }

  private void failOnProblems(SourceFile source) {
    if (!problems.isEmpty()) {
      List<Problem> sorted = new ArrayList<>(problems);
      sorted.sort(null);
      problems.clear();
      throw new InvalidInputException(source.location() + " is not a valid JSON Schema", sorted);
    }
  }

  private static Problem problem(SchemaNode node, String keyword, String message) {
    return new Problem(node.document().locate(node.pointer() + "/" + SchemaNode.escape(keyword)),
        message);
  }

  private static URI localUri(String location) {
    try {
      // no authority: URI.resolve drops an empty one, and keys must match after resolving
      return new URI(LOCAL_SCHEME, null, "/" + location, null);
    } catch (URISyntaxException e) {
      throw new InvalidDefinitionException("Schema location " + location + " is not a path.", e);
    }
  }

  private static @Nullable URI resolve(URI base, String reference) {
    try {
      URI ref = new URI(reference);
      if (base.isOpaque() || ref.isAbsolute()) {
        return ref.isAbsolute() ? ref : new URI(base.getScheme(), base.getSchemeSpecificPart(),
            ref.getFragment());
      }
      return base.resolve(ref);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static URI withoutFragment(URI uri) {
    try {
      return new URI(uri.getScheme(), uri.getSchemeSpecificPart(), null);
    } catch (URISyntaxException e) {
      return uri;
    }
  }

  private static boolean hasScheme(String reference) {
    return reference.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
  }

  private static String kind(JsonNode json) {
    if (json.isArray()) {
      return "an array";
    }
    if (json.isTextual()) {
      return "a string";
    }
    if (json.isNumber()) {
      return "a number";
    }
    return json.isNull() ? "null" : "a " + json.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
