package dev.treaty.internal.jsonschema.oracle;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Resolves {@code $ref}s inside one schema document to the pointer of their target: JSON pointer
 * fragments, plain-name fragments ({@code $anchor}, draft-7 {@code "$id": "#name"}), and
 * {@code $id}-relative URIs. Anything outside the document is unresolved: the oracle never fetches.
 */
final class RefIndex {

  private final JsonNode root;
  private final Draft draft;
  private final Map<String, JsonPointer> resources = new HashMap<>();
  private final Map<JsonPointer, URI> baseAt = new HashMap<>();
  private final Map<String, JsonPointer> dynamicAnchors = new HashMap<>();

  RefIndex(JsonNode root, Draft draft, URI documentUri) {
    this.root = root;
    this.draft = draft;
    index(new SchemaKeywords.Located(JsonPointer.empty(), root), documentUri);
    resources.putIfAbsent(withoutFragment(documentUri), JsonPointer.empty());
  }

  private void index(SchemaKeywords.Located at, URI parentBase) {
    JsonNode schema = at.schema();
    URI base = parentBase;
    JsonNode id = schema.path(draft == Draft.DRAFT_4 ? "id" : "$id");
    if (id.isTextual()) {
      @Nullable URI resolved = resolve(parentBase, id.asText());
      if (resolved != null) {
        String fragment = resolved.getFragment();
        if (fragment != null && !fragment.isEmpty() && !fragment.startsWith("/")) {
          // draft 4 to 7 write anchors as "$id": "#name"
          resources.putIfAbsent(withoutFragment(resolved) + "#" + fragment, at.pointer());
        } else {
          base = URI.create(withoutFragment(resolved));
          resources.putIfAbsent(base.toString(), at.pointer());
        }
      }
    }
    for (String anchorKeyword : new String[] {"$anchor", "$dynamicAnchor"}) {
      JsonNode anchor = schema.path(anchorKeyword);
      if (anchor.isTextual()) {
        resources.putIfAbsent(withoutFragment(base) + "#" + anchor.asText(), at.pointer());
        if (anchorKeyword.equals("$dynamicAnchor")) {
          dynamicAnchors.putIfAbsent(anchor.asText(), at.pointer());
        }
      }
    }
    baseAt.put(at.pointer(), base);
    for (SchemaKeywords.Located child : SchemaKeywords.children(at.pointer(), schema)) {
      index(child, base);
    }
  }

  /**
   * The target of a reference.
   *
   * @param from the pointer of the schema holding the reference
   * @param ref the reference as written
   * @return the target's pointer, or empty if it is outside the document or missing
   */
  Optional<JsonPointer> resolve(JsonPointer from, String ref) {
    URI base = baseOf(from);
    @Nullable URI target = resolve(base, ref);
    if (target == null) {
      return Optional.empty();
    }
    @Nullable JsonPointer resource = resources.get(withoutFragment(target));
    if (resource == null) {
      return Optional.empty();
    }
    String fragment = target.getRawFragment();
    @Nullable JsonPointer found;
    if (fragment == null || fragment.isEmpty()) {
      found = resource;
    } else if (fragment.startsWith("/")) {
      try {
        found = resource.append(JsonPointer.compile(
            URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8)));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    } else {
      found = resources.get(withoutFragment(target) + "#" + target.getFragment());
    }
    return found != null && !root.at(found).isMissingNode() ? Optional.of(found) : Optional.empty();
  }

  /** {@code $dynamicRef} and {@code $recursiveRef}: the first matching dynamic anchor, else the root. */
  JsonPointer resolveDynamic(String ref) {
    String name = ref.startsWith("#") ? ref.substring(1) : ref;
    return dynamicAnchors.getOrDefault(name, JsonPointer.empty());
  }

  private URI baseOf(JsonPointer pointer) {
    for (JsonPointer p = pointer; p != null; p = p.head()) {
      @Nullable URI base = baseAt.get(p);
      if (base != null) {
        return base;
      }
    }
    return baseAt.get(JsonPointer.empty());
  }

  private static @Nullable URI resolve(URI base, String reference) {
    try {
      return base.resolve(new URI(encode(reference)));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Percent-encodes what a URI does not allow, leaving existing escapes alone. */
  private static String encode(String reference) {
    StringBuilder out = new StringBuilder();
    for (byte b : reference.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}".indexOf(c) < 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  private static String withoutFragment(URI uri) {
    String text = uri.toString();
    int hash = text.indexOf('#');
    return hash < 0 ? text : text.substring(0, hash);
  }
}
