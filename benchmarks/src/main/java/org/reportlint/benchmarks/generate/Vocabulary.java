package org.reportlint.benchmarks.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The words generated reports are made of, written for this generator: product markets, segments, drivers and
 * company names that are invented (any likeness to a real firm is chance), and real region and country names, each
 * listed under the region it belongs to.
 */
final class Vocabulary {
    static final List<String> PRODUCTS = List.of(
            "Thermal Interface Pad", "Bio-Based Resin Coating", "Modular Cold Storage", "Smart Irrigation Valve",
            "Graphene Heat Spreader", "Drone Inspection Service", "Hydrogen Dispensing Nozzle",
            "Acoustic Ceiling Panel", "Precision Dosing Pump", "Edge Data Appliance", "Recycled Carbon Fiber",
            "Ultrasonic Flow Meter", "Antimicrobial Textile", "Solid-State Relay", "Cryogenic Storage Tank",
            "Battery Thermal Wrap", "Industrial Label Printer", "Veterinary Diagnostic Kit", "Seed Coating Polymer",
            "Warehouse Robotics", "Glass Fiber Grating", "Plant-Based Casing", "Micro Inverter",
            "Optical Encoder", "Road Marking Paint", "Aseptic Filling Machine", "Conductive Ink",
            "Wearable Glucose Sensor", "Heat Pump Compressor", "Lithium Iron Phosphate Cell",
            "Marine Scrubber System", "Biodegradable Mulch Film", "Cleanroom Garment", "Rail Fastening System",
            "Vertical Farming Light", "Dental Aligner Resin", "Fire-Resistant Cable", "Powder Metallurgy Part",
            "Satellite Ground Antenna", "Enzyme Feed Additive", "Nanocellulose Film", "Pressure-Sensitive Adhesive");

    /** Region prefixes of market names; the global market has none. */
    static final List<String> SCOPES = List.of(
            "", "", "", "Global ", "North America ", "Europe ", "Asia Pacific ", "Latin America ", "Middle East ");

    static final List<String> TYPES = List.of(
            "Standard Grade", "High-Performance Grade", "Custom Formulation", "Portable Units", "Fixed Installations",
            "Single-Layer", "Multi-Layer", "Low-Voltage", "Medium-Voltage", "Disposable", "Reusable", "Hybrid");

    static final List<String> APPLICATIONS = List.of(
            "Automotive", "Consumer Electronics", "Food Processing", "Healthcare Facilities", "Utilities",
            "Aerospace", "Construction", "Logistics", "Agriculture", "Pharmaceutical Manufacturing",
            "Data Centers", "Marine", "Retail", "Mining", "Water Treatment");

    static final List<String> DRIVERS = List.of(
            "rising demand for energy-efficient equipment", "stricter emission standards",
            "falling component costs", "the expansion of contract manufacturing", "wider adoption of automation",
            "public funding for infrastructure upgrades", "a shift toward recyclable materials",
            "the growth of e-commerce fulfilment", "tighter food safety regulation", "the electrification of fleets",
            "investment in domestic supply chains", "the modernisation of ageing plants",
            "higher spending on preventive maintenance", "the spread of remote monitoring");

    static final List<String> RESTRAINTS = List.of(
            "volatile raw material prices", "long qualification cycles", "a shortage of skilled technicians",
            "high upfront installation costs", "fragmented certification rules", "freight delays",
            "competition from refurbished equipment");

    static final List<String> TRENDS = List.of(
            "subscription-based service contracts", "digital twins for product testing", "regional sourcing",
            "modular product platforms", "closed-loop recycling programmes", "predictive maintenance software",
            "lighter and thinner designs", "private-label offerings from distributors");

    /** Regions with countries that belong to them, so membership checks stay quiet on clean reports. */
    static final List<List<String>> REGIONS = List.of(
            List.of("North America", "United States", "Canada", "Mexico"),
            List.of("Europe", "Germany", "France", "United Kingdom", "Italy", "Spain", "Netherlands"),
            List.of("Asia Pacific", "China", "Japan", "India", "South Korea", "Australia", "Indonesia"),
            List.of("Latin America", "Brazil", "Argentina", "Chile", "Colombia"),
            List.of("Middle East & Africa", "Saudi Arabia", "United Arab Emirates", "South Africa", "Egypt"));

    private static final List<String> NAME_STARTS = List.of(
            "Nor", "Kel", "Tam", "Ori", "Vos", "Quil", "Bren", "Zen", "Hal", "Mar", "Lux", "Pex", "Grau", "Sol",
            "Tev", "Ard", "Cym", "Dro", "Eld", "Fen", "Jor", "Kas", "Lom", "Nev");
    private static final List<String> NAME_ENDS = List.of(
            "vanta", "brook", "syn", "elle", "trel", "mark", "haven", "taro", "vik", "wind", "bay", "aro", "wen",
            "tara", "ix", "ora", "eon", "ith", "ane", "ova");
    private static final List<String> FIRM_KINDS = List.of(
            "Materials", "Technologies", "Industrial", "Systems", "Chemical", "Precision", "Energy", "Instruments",
            "Engineering", "Holdings");
    /** Legal forms written in one entry; {@link #SPLITTABLE_SUFFIXES} are the ones generators break in two. */
    private static final List<String> SUFFIXES = List.of(
            "Inc.", "Co., Ltd.", "GmbH", "AG", "PLC", "Corp.", "S.A.", "LLC", "Ltd.", "N.V.", "Corporation");
    static final List<List<String>> SPLITTABLE_SUFFIXES = List.of(
            List.of("Co.", "Ltd."), List.of("Co.,", "Ltd."));

    private Vocabulary() {
    }

    static String pick(SplittableRandom random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    /** A firm's name without its legal form: {@code Zentaro Precision}. */
    static String firmStem(SplittableRandom random) {
        return pick(random, NAME_STARTS) + pick(random, NAME_ENDS) + " " + pick(random, FIRM_KINDS);
    }

    /** A firm's full name: {@code Zentaro Precision GmbH}. */
    static String company(SplittableRandom random) {
        return firmStem(random) + " " + pick(random, SUFFIXES);
    }
}
