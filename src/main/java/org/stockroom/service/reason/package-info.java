/** Reason codes: the site's list of why stock was corrected, counted off or taken back. */
package org.stockroom.service.reason;
