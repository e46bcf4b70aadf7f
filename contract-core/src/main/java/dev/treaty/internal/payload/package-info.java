/**
 * Checking a payload against a consumer's expectation, so that the samples a consumer tests with
 * stay honest about what it declared.
 */
@NullMarked
package dev.treaty.internal.payload;

import org.jspecify.annotations.NullMarked;
