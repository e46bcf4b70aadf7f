/** Reading, checking and writing expectation documents. */
@NullMarked
package dev.treaty.internal.expectation;

import org.jspecify.annotations.NullMarked;
