/** Backups that prove themselves: online backup, restore into a scratch folder and verify, restore, retention. */
package org.stockroom.service.backup;
