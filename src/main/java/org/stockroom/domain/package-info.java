/** The domain: entities and value rules, shared by every feature; no persistence, no UI. */
package org.stockroom.domain;
