/** The edit-conflict dialog: mine, theirs or the original, never losing what was typed. */
package org.stockroom.ui.conflict;
