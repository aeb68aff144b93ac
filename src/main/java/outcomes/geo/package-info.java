/**
 * Ward boundaries as plain geometry, JDK and model only: each ward's rings in longitude and
 * latitude, matched to its area (and so to its boundary set) by code, and the local projection a
 * borough map is drawn in. Reading them is the catalogue's (Jackson); drawing them the report's.
 */
package outcomes.geo;
