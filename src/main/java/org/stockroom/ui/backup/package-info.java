/** The Backups page: the folder's verified backups, back up now, restore with confirmation, automatic settings. */
package org.stockroom.ui.backup;
