/** Creating, renaming and listing locations. */
package org.stockroom.service.location;
