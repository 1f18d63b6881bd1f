/** Connection settings: this PC's own database or a server. */
package org.stockroom.ui.settings;
