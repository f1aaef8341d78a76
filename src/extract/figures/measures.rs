//! Measures and durations: the units after a number, and temperatures.

use super::*;

/// Units after a number: kind, unit name, and a multiplier into that unit.
pub(super) fn unit_word(w: &str) -> Option<(Kind, &'static str, f64)> {
    use Kind::{Duration as D, Measure as M};
    Some(match w {
        "second" | "seconds" | "sec" | "secs" => (D, "second", 1.0),
        "minute" | "minutes" | "min" | "mins" => (D, "minute", 1.0),
        "hour" | "hours" | "hr" | "hrs" => (D, "hour", 1.0),
        "day" | "days" => (D, "day", 1.0),
        "week" | "weeks" => (D, "week", 1.0),
        "fortnight" | "fortnights" => (D, "week", 2.0),
        "month" | "months" => (D, "month", 1.0),
        "year" | "years" => (D, "year", 1.0),
        "decade" | "decades" => (D, "year", 10.0),
        "century" | "centuries" => (D, "year", 100.0),
        "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => (M, "km", 1.0),
        // "m" only where the scale rule left it: glued, in "1.8m tall" or "the 100m sprint".
        "m" | "metre" | "metres" | "meter" | "meters" => (M, "m", 1.0),
        "cm" | "centimetre" | "centimetres" | "centimeter" | "centimeters" => (M, "cm", 1.0),
        "mm" | "millimetre" | "millimetres" | "millimeter" | "millimeters" => (M, "mm", 1.0),
        "mile" | "miles" => (M, "mile", 1.0),
        "mph" => (M, "mph", 1.0),
        "kph" | "kmh" => (M, "km/h", 1.0),
        "knot" | "knots" => (M, "knot", 1.0),
        "foot" | "feet" | "ft" => (M, "ft", 1.0),
        "inch" | "inches" => (M, "in", 1.0),
        "yard" | "yards" => (M, "yd", 1.0),
        "kg" | "kilogram" | "kilograms" | "kilo" | "kilos" => (M, "kg", 1.0),
        "g" | "gram" | "grams" => (M, "g", 1.0),
        "tonne" | "tonnes" | "ton" | "tons" => (M, "tonne", 1.0),
        "lb" | "lbs" => (M, "lb", 1.0),
        "litre" | "litres" | "liter" | "liters" => (M, "l", 1.0),
        "ml" => (M, "ml", 1.0),
        "gallon" | "gallons" => (M, "gallon", 1.0),
        "acre" | "acres" => (M, "acre", 1.0),
        "hectare" | "hectares" | "ha" => (M, "ha", 1.0),
        "mw" | "megawatt" | "megawatts" => (M, "MW", 1.0),
        "gw" | "gigawatt" | "gigawatts" => (M, "GW", 1.0),
        "kw" | "kilowatt" | "kilowatts" => (M, "kW", 1.0),
        "kwh" => (M, "kWh", 1.0),
        "point" | "points" => (M, "points", 1.0),
        "degree" | "degrees" | "deg" => (M, "degree", 1.0),
        "celsius" | "celcius" | "centigrade" | "centigrate" => (M, "°C", 1.0),
        "fahrenheit" | "farenheit" => (M, "°F", 1.0),
        "storey" | "storeys" | "floors" => (M, "storey", 1.0),
        "ounce" | "ounces" | "oz" => (M, "oz", 1.0),
        "barrel" | "barrels" | "bbl" => (M, "barrel", 1.0),
        "mg" | "milligram" | "milligrams" => (M, "mg", 1.0),
        "microgram" | "micrograms" | "microgramme" | "microgrammes" | "mcg" | "μg" => {
            (M, "μg", 1.0)
        }
        "tablespoon" | "tablespoons" | "tbsp" => (M, "tbsp", 1.0),
        "teaspoon" | "teaspoons" | "tsp" => (M, "tsp", 1.0),
        "byte" | "bytes" => (M, "B", 1.0),
        "kb" | "kilobyte" | "kilobytes" => (M, "KB", 1.0),
        "mb" | "megabyte" | "megabytes" => (M, "MB", 1.0),
        "gb" | "gigabyte" | "gigabytes" => (M, "GB", 1.0),
        "tb" | "terabyte" | "terabytes" => (M, "TB", 1.0),
        "bit" | "bits" => (M, "bit", 1.0),
        "hz" | "hertz" => (M, "Hz", 1.0),
        "khz" | "kilohertz" => (M, "kHz", 1.0),
        "mhz" | "megahertz" => (M, "MHz", 1.0),
        "ghz" | "gigahertz" => (M, "GHz", 1.0),
        "bps" => (M, "bit/s", 1.0),
        "kbps" | "kbit/s" => (M, "kbit/s", 1.0),
        "mbps" | "mbit/s" => (M, "Mbit/s", 1.0),
        "gbps" | "gbit/s" => (M, "Gbit/s", 1.0),
        "hp" | "bhp" | "horsepower" => (M, "hp", 1.0),
        "mah" => (M, "mAh", 1.0),
        "rad" | "radian" | "radians" => (M, "rad", 1.0),
        _ => return None,
    })
}

/// Whether the number at `i` with a "C" glued after it is a temperature ("30C", "-5C"), not a model
/// or a code ("777C", "14.7C/"): a plausible reading, then a space or the end of a phrase.
pub(super) fn glued_celsius(cx: &Cx, i: usize) -> bool {
    let v = cx.toks.get(i).and_then(|t| parse_digits(t.text(cx.s)));
    let after = cx.toks.get(i + 2);
    cx.glued(i + 1)
        && v.is_some_and(|v| v <= 60.0)
        && after.is_none_or(|t| t.space || matches!(t.text(cx.s), "." | "," | ";" | ")"))
}

/// Whether the word at `k` makes an "m" before it metres rather than millions: "1.8m tall", "15 m
/// away", "the 100m sprint".
pub(super) fn metre_context(cx: &Cx, k: usize) -> bool {
    matches!(
        cx.w(k).as_deref(),
        Some(
            "tall"
                | "high"
                | "long"
                | "wide"
                | "deep"
                | "away"
                | "sprint"
                | "race"
                | "hurdles"
                | "freestyle"
                | "relay"
                | "backstroke"
                | "breaststroke"
                | "butterfly"
                | "medley"
                | "dash"
        )
    )
}
