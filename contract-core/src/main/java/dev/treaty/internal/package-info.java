/** Treaty's implementation. Nothing here is API; only the facade and tests reach it. */
@NullMarked
package dev.treaty.internal;

import org.jspecify.annotations.NullMarked;
