/** Who sits at the window: sign-in, switching user, the idle lock, and what the signed-in role may do. */
package org.stockroom.ui.access;
