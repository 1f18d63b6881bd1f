/** Count sessions (stocktakes and cycle counts): their states. */
package org.stockroom.domain.count;
