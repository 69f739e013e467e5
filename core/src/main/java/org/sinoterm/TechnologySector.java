package org.sinoterm;

/**
 * The sector a technology of the dictionary is filed under.
 *
 * @since 0.1.0
 */
public enum TechnologySector {
  /** Medical equipment, devices and diagnostics: MRI, ECMO, stents, IVD. */
  MEDICAL,
  /** Biotechnology and life sciences: gene editing, CAR-T, mRNA vaccines. */
  BIOTECH,
  /** Information and communications technology: 5G, AI, integrated circuits, EDA, cloud computing. */
  ICT,
  /** Energy generation, grids, storage and fuels: photovoltaics, UHV transmission, hydrogen, batteries. */
  ENERGY,
  /** Road vehicles and their systems: new energy vehicles, autonomous driving, charging piles. */
  VEHICLES,
  /** Rail, road and logistics systems: high-speed rail, maglev, smart ports. */
  TRANSPORT,
  /** Aviation and space: large aircraft, aero engines, drones, Beidou, launch vehicles. */
  AEROSPACE,
  /** Ships and ocean engineering: high-tech ships, offshore equipment, submersibles. */
  MARINE,
  /** Production equipment and automation: industrial robots, CNC machine tools, additive manufacturing. */
  MANUFACTURING,
  /** Advanced materials: superalloys, rare earths, carbon fibre, silicon carbide. */
  MATERIALS,
  /** Environmental protection equipment: desulfurization, wastewater treatment, CCUS. */
  ENVIRONMENT,
  /** Agricultural machinery and agritech: tractors, plant protection drones, biological breeding. */
  AGRICULTURE
}
