/** Reading, checking and writing contract documents. */
@NullMarked
package dev.treaty.internal.contract;

import org.jspecify.annotations.NullMarked;
