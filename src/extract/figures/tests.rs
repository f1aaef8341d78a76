//! Figure rules, each kind of figure with its examples: positive cases (the span as written, the
//! kind, the value or interval, the unit, the qualifier) and negative ones that must yield nothing.

use super::*;

/// (text, [(span, kind, value, low, high, unit, qualifier)]).
type Case = (
    &'static str,
    &'static [(
        &'static str,
        Kind,
        Option<f64>,
        Option<f64>,
        Option<f64>,
        Option<&'static str>,
        Qualifier,
    )],
);

fn check(cases: &[Case]) {
    for (text, want) in cases {
        let got: Vec<_> = figures(text)
            .into_iter()
            .map(|f| {
                (
                    &text[f.start..f.end],
                    f.kind,
                    f.value,
                    f.low,
                    f.high,
                    f.unit,
                    f.qualifier,
                )
            })
            .collect();
        let want: Vec<_> = want
            .iter()
            .map(|&(s, k, v, l, h, u, q)| (s, k, v, l, h, u.map(str::to_owned), q))
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

use Kind::*;
use Qualifier::*;
const N: Option<f64> = None;

#[test]
fn counts() {
    check(&[
        // A noun that is also a verb names nothing before an ordinary count.
        (
            "the firm posts 500 job cuts",
            &[("500", Count, Some(500.0), N, N, None, Exact)],
        ),
        // Scaled parts added up, dozens, fractions of a scale, bankers' millions.
        (
            "4 thousand 3 hundred and 21",
            &[(
                "4 thousand 3 hundred and 21",
                Count,
                Some(4321.0),
                N,
                N,
                None,
                Exact,
            )],
        ),
        (
            "three hundred and two dozens",
            &[(
                "three hundred and two dozens",
                Count,
                Some(324.0),
                N,
                N,
                None,
                Exact,
            )],
        ),
        ("3 dzs", &[("3 dzs", Count, Some(36.0), N, N, None, Exact)]),
        (
            "two thirds of a million",
            &[(
                "two thirds of a million",
                Count,
                Some(666666.666667),
                N,
                N,
                None,
                Exact,
            )],
        ),
        (
            "US$ 1MM",
            &[("US$ 1MM", Money, Some(1e6), N, N, Some("USD"), Exact)],
        ),
        (
            "six million and two thirds",
            &[(
                "six million and two thirds",
                Count,
                Some(6666666.66667),
                N,
                N,
                None,
                Exact,
            )],
        ),
        (
            "27 people died",
            &[("27", Count, Some(27.0), N, N, None, Exact)],
        ),
        (
            "stopped 20,000 migrants",
            &[("20,000", Count, Some(20000.0), N, N, None, Exact)],
        ),
        (
            "twenty-seven people",
            &[("twenty-seven", Count, Some(27.0), N, N, None, Exact)],
        ),
        (
            "a dozen eggs",
            &[("a dozen", Count, Some(12.0), N, N, None, Exact)],
        ),
        (
            "3.5m people",
            &[("3.5m", Count, Some(3_500_000.0), N, N, None, Exact)],
        ),
        (
            "5k runners",
            &[("5k", Count, Some(5000.0), N, N, None, Exact)],
        ),
        (
            "1.2 trillion cells",
            &[("1.2 trillion", Count, Some(1.2e12), N, N, None, Exact)],
        ),
        (
            "Six minutes later",
            &[(
                "Six minutes",
                Duration,
                Some(6.0),
                N,
                N,
                Some("minute"),
                Exact,
            )],
        ),
    ]);
}

#[test]
fn qualifiers() {
    check(&[
        (
            "about 20 people",
            &[("20", Count, Some(20.0), N, N, None, Approx)],
        ),
        (
            "nearly two decades",
            &[(
                "two decades",
                Duration,
                Some(20.0),
                N,
                N,
                Some("year"),
                Approx,
            )],
        ),
        (
            "more than 3 billion songs",
            &[("3 billion", Count, Some(3e9), N, N, None, AtLeast)],
        ),
        (
            "at least 76 dead",
            &[("76", Count, Some(76.0), N, N, None, AtLeast)],
        ),
        (
            "up to 500 jobs",
            &[("500", Count, Some(500.0), N, N, None, AtMost)],
        ),
        (
            "fewer than 10 cases",
            &[("10", Count, Some(10.0), N, N, None, AtMost)],
        ),
        (
            "within 48 hours",
            &[("48 hours", Duration, Some(48.0), N, N, Some("hour"), AtMost)],
        ),
        (
            "some 12,000 fans",
            &[("12,000", Count, Some(12000.0), N, N, None, Approx)],
        ),
        // Bounds written after the figure, and verbs of exceeding.
        (
            "200 or more people",
            &[("200 or more", Count, Some(200.0), N, N, None, AtLeast)],
        ),
        // A sign that negates the figure, or a comparison written backwards, states no figure; the
        // signs a reader knows still bound it.
        ("<>30", &[]),
        ("=>30", &[]),
        ("=<30", &[]),
        ("x != 30", &[]),
        ("x \u{2260} 30 here", &[]),
        (
            "x <> 30 and 40 cases",
            &[("40", Count, Some(40.0), N, N, None, Exact)],
        ),
        (">= 30", &[("30", Count, Some(30.0), N, N, None, AtLeast)]),
        (
            "<=30 cases",
            &[("30", Count, Some(30.0), N, N, None, AtMost)],
        ),
        (
            "a => b, 30 cases",
            &[("30", Count, Some(30.0), N, N, None, Exact)],
        ),
        (
            "about five hundred or less",
            &[(
                "five hundred or less",
                Count,
                Some(500.0),
                N,
                N,
                None,
                AtMost,
            )],
        ),
        (
            "a score of 200 or greater than",
            &[(
                "200 or greater than",
                Count,
                Some(200.0),
                N,
                N,
                None,
                AtLeast,
            )],
        ),
        (
            "exceeding 150 cars",
            &[("150", Count, Some(150.0), N, N, None, AtLeast)],
        ),
        // Comparison signs.
        (
            "when x >= 30",
            &[("30", Count, Some(30.0), N, N, None, AtLeast)],
        ),
        (
            "prices < 100",
            &[("100", Count, Some(100.0), N, N, None, AtMost)],
        ),
        // Two bounds of one thing are one range.
        (
            "above 1000 and below 1500",
            &[(
                "1000 and below 1500",
                Count,
                N,
                Some(1000.0),
                Some(1500.0),
                None,
                Range,
            )],
        ),
        (
            "no more than 50 and no less than 20",
            &[(
                "50 and no less than 20",
                Count,
                N,
                Some(20.0),
                Some(50.0),
                None,
                Range,
            )],
        ),
        // An amount and a second, separate bound are two figures.
        (
            "equal to 5000 or more than 4500",
            &[
                ("5000", Count, Some(5000.0), N, N, None, Exact),
                ("4500", Count, Some(4500.0), N, N, None, AtLeast),
            ],
        ),
        (
            "an estimated NZ$26 million",
            &[(
                "NZ$26 million",
                Money,
                Some(26e6),
                N,
                N,
                Some("NZD"),
                Approx,
            )],
        ),
    ]);
}

#[test]
fn money() {
    check(&[
        // Cents after the whole amount, and signs after the number.
        (
            "it cost 3 dollars 50 cents",
            &[(
                "3 dollars 50 cents",
                Money,
                Some(3.5),
                N,
                N,
                Some("USD"),
                Exact,
            )],
        ),
        (
            "thirteen dollars and forty-five cents",
            &[(
                "thirteen dollars and forty-five cents",
                Money,
                Some(13.45),
                N,
                N,
                Some("USD"),
                Exact,
            )],
        ),
        (
            "He won 10 dollars and 50 people cheered",
            &[
                ("10 dollars", Money, Some(10.0), N, N, Some("USD"), Exact),
                ("50", Count, Some(50.0), N, N, None, Exact),
            ],
        ),
        (
            "notes of 5 €, 10 €",
            &[
                ("5 €", Money, Some(5.0), N, N, Some("EUR"), Exact),
                ("10 €", Money, Some(10.0), N, N, Some("EUR"), Exact),
            ],
        ),
        (
            "it cost 100₾",
            &[("100₾", Money, Some(100.0), N, N, Some("GEL"), Exact)],
        ),
        // A scale after a code, millions in the code, and a hyphenated currency word.
        (
            "They lost 75 USD million",
            &[(
                "75 USD million",
                Money,
                Some(75e6),
                N,
                N,
                Some("USD"),
                Exact,
            )],
        ),
        (
            "losses of 30 MUSD",
            &[("30 MUSD", Money, Some(30e6), N, N, Some("USD"), Exact)],
        ),
        (
            "a 12-cent dividend",
            &[("12-cent", Money, Some(0.12), N, N, Some("USD"), Exact)],
        ),
        // Indian numbering and rupees.
        (
            "a loan of 35 lakh rupees",
            &[(
                "35 lakh rupees",
                Money,
                Some(3.5e6),
                N,
                N,
                Some("INR"),
                Exact,
            )],
        ),
        (
            "Rs 5 crore",
            &[("Rs 5 crore", Money, Some(5e7), N, N, Some("INR"), Exact)],
        ),
        (
            "12,34,567.89 rupees",
            &[(
                "12,34,567.89 rupees",
                Money,
                Some(1234567.89),
                N,
                N,
                Some("INR"),
                Exact,
            )],
        ),
        (
            "10 turkish lira",
            &[(
                "10 turkish lira",
                Money,
                Some(10.0),
                N,
                N,
                Some("TRY"),
                Exact,
            )],
        ),
        (
            "the £200 million spent",
            &[("£200 million", Money, Some(2e8), N, N, Some("GBP"), Exact)],
        ),
        (
            "$1.13bn profit",
            &[("$1.13bn", Money, Some(1.13e9), N, N, Some("USD"), Exact)],
        ),
        (
            "US$ 36 billion",
            &[(
                "US$ 36 billion",
                Money,
                Some(3.6e10),
                N,
                N,
                Some("USD"),
                Exact,
            )],
        ),
        (
            "€5 and ¥300",
            &[
                ("€5", Money, Some(5.0), N, N, Some("EUR"), Exact),
                ("¥300", Money, Some(300.0), N, N, Some("JPY"), Exact),
            ],
        ),
        (
            "200 euros each",
            &[("200 euros", Money, Some(200.0), N, N, Some("EUR"), Exact)],
        ),
        (
            "costs 50p now",
            &[("50p", Money, Some(0.5), N, N, Some("GBP"), Exact)],
        ),
        (
            "USD 200 fee",
            &[("USD 200", Money, Some(200.0), N, N, Some("USD"), Exact)],
        ),
        (
            "£0.79 a track",
            &[("£0.79", Money, Some(0.79), N, N, Some("GBP"), Exact)],
        ),
    ]);
}

#[test]
fn percentages_and_ratios() {
    check(&[
        // A fraction of one unit is a quantity in the unit, not a ratio and a second figure.
        (
            "He ran half a mile",
            &[("half a mile", Measure, Some(0.5), N, N, Some("mile"), Exact)],
        ),
        (
            "A third of a second separated them",
            &[(
                "A third of a second",
                Duration,
                Some(1.0 / 3.0),
                N,
                N,
                Some("second"),
                Exact,
            )],
        ),
        (
            "a quarter of an hour later",
            &[(
                "a quarter of an hour",
                Duration,
                Some(0.25),
                N,
                N,
                Some("hour"),
                Exact,
            )],
        ),
        (
            "rates rose by half a percentage point",
            &[(
                "half a percentage point",
                Percent,
                Some(0.5),
                N,
                N,
                Some("pp"),
                Exact,
            )],
        ),
        (
            "nearly a third of a mile",
            &[(
                "a third of a mile",
                Measure,
                Some(1.0 / 3.0),
                N,
                N,
                Some("mile"),
                Approx,
            )],
        ),
        (
            "a third of the vote",
            &[("a third", Ratio, Some(1.0 / 3.0), N, N, None, Exact)],
        ),
        // A share of people is of no unit: what follows is when.
        (
            "down from one in four a decade ago",
            &[
                ("one in four", Ratio, Some(0.25), N, N, None, Exact),
                ("a decade", Duration, Some(10.0), N, N, Some("year"), Exact),
            ],
        ),
        (
            "one in four a year earlier",
            &[
                ("one in four", Ratio, Some(0.25), N, N, None, Exact),
                ("a year", Duration, Some(1.0), N, N, Some("year"), Exact),
            ],
        ),
        (
            "half a million people",
            &[("half a million", Count, Some(5e5), N, N, None, Exact)],
        ),
        // Basis points are hundredths of a percentage point.
        (
            "rates rose 25 basis points",
            &[(
                "25 basis points",
                Percent,
                Some(0.25),
                N,
                N,
                Some("pp"),
                Exact,
            )],
        ),
        (
            "a 50 basis-point cut",
            &[(
                "50 basis-point",
                Percent,
                Some(0.5),
                N,
                N,
                Some("pp"),
                Exact,
            )],
        ),
        // Fractions with compound denominators: the longest ordinal at the end that leaves a whole
        // number before it.
        (
            "three twenty-firsts",
            &[(
                "three twenty-firsts",
                Ratio,
                Some(3.0 / 21.0),
                N,
                N,
                None,
                Exact,
            )],
        ),
        (
            "one hundred thirty-fifths",
            &[(
                "one hundred thirty-fifths",
                Ratio,
                Some(100.0 / 35.0),
                N,
                N,
                None,
                Exact,
            )],
        ),
        (
            "one hundred and thirty fifths",
            &[(
                "one hundred and thirty fifths",
                Ratio,
                Some(26.0),
                N,
                N,
                None,
                Exact,
            )],
        ),
        (
            "a hundred trillionths",
            &[(
                "a hundred trillionths",
                Ratio,
                Some(1e-10),
                N,
                N,
                None,
                Exact,
            )],
        ),
        (
            "twenty-two seconds",
            &[(
                "twenty-two seconds",
                Duration,
                Some(22.0),
                N,
                N,
                Some("second"),
                Exact,
            )],
        ),
        // A bare "a fifth" is a fraction; before a noun it is an ordinal.
        (
            "profits fell by a fifth.",
            &[("a fifth", Ratio, Some(0.2), N, N, None, Exact)],
        ),
        (
            "a fifth smuggler",
            &[("fifth", Ordinal, Some(5.0), N, N, None, Exact)],
        ),
        // Regression: a fraction that reaches back over the number before it replaced it only
        // after slicing between them panicked.
        (
            "one twenty-fifth",
            &[("one twenty-fifth", Ratio, Some(0.04), N, N, None, Exact)],
        ),
        (
            "thirty percentage",
            &[(
                "thirty percentage",
                Percent,
                Some(30.0),
                N,
                N,
                Some("percent"),
                Exact,
            )],
        ),
        (
            "one hundred percents",
            &[(
                "one hundred percents",
                Percent,
                Some(100.0),
                N,
                N,
                Some("percent"),
                Exact,
            )],
        ),
        ("the percentage of voters", &[]),
        (
            "a 5 percentage-point rise",
            &[(
                "5 percentage-point",
                Percent,
                Some(5.0),
                N,
                N,
                Some("pp"),
                Exact,
            )],
        ),
        (
            "76% of voters",
            &[("76%", Percent, Some(76.0), N, N, Some("percent"), Exact)],
        ),
        (
            "5 per cent rise",
            &[(
                "5 per cent",
                Percent,
                Some(5.0),
                N,
                N,
                Some("percent"),
                Exact,
            )],
        ),
        (
            "forty percent",
            &[(
                "forty percent",
                Percent,
                Some(40.0),
                N,
                N,
                Some("percent"),
                Exact,
            )],
        ),
        (
            "up 2 percentage points",
            &[(
                "2 percentage points",
                Percent,
                Some(2.0),
                N,
                N,
                Some("pp"),
                Exact,
            )],
        ),
        (
            "a fifth of them",
            &[("a fifth", Ratio, Some(0.2), N, N, None, Exact)],
        ),
        (
            "two-thirds of",
            &[("two-thirds", Ratio, Some(2.0 / 3.0), N, N, None, Exact)],
        ),
        (
            "one in three adults",
            &[("one in three", Ratio, Some(1.0 / 3.0), N, N, None, Exact)],
        ),
        (
            "an 18-fold rise",
            &[("18-fold", Ratio, Some(18.0), N, N, None, Exact)],
        ),
    ]);
}

#[test]
fn ranges_and_vague_amounts() {
    check(&[
        // A span of years is a date range, unless a noun follows that the numbers count.
        (
            "He held the post between 2010 and 2016.",
            &[(
                "between 2010 and 2016",
                Date,
                N,
                Some(2010.0),
                Some(2016.0),
                None,
                Range,
            )],
        ),
        (
            "He served from 2010 to 2016 in office",
            &[(
                "from 2010 to 2016",
                Date,
                N,
                Some(2010.0),
                Some(2016.0),
                None,
                Range,
            )],
        ),
        (
            "Between 1900 and 2000 people attended",
            &[(
                "Between 1900 and 2000",
                Count,
                N,
                Some(1900.0),
                Some(2000.0),
                None,
                Range,
            )],
        ),
        (
            "20 through 100",
            &[(
                "20 through 100",
                Count,
                N,
                Some(20.0),
                Some(100.0),
                None,
                Range,
            )],
        ),
        (
            "between 20 and 30 people",
            &[(
                "between 20 and 30",
                Count,
                N,
                Some(20.0),
                Some(30.0),
                None,
                Range,
            )],
        ),
        (
            "from 5% to 7%",
            &[(
                "from 5% to 7%",
                Percent,
                N,
                Some(5.0),
                Some(7.0),
                Some("percent"),
                Range,
            )],
        ),
        (
            "20-30 people",
            &[("20-30", Count, N, Some(20.0), Some(30.0), None, Range)],
        ),
        (
            "aged 8–10 years",
            &[(
                "8–10 years",
                Duration,
                N,
                Some(8.0),
                Some(10.0),
                Some("year"),
                Range,
            )],
        ),
        (
            "ten to 32 people",
            &[("ten to 32", Count, N, Some(10.0), Some(32.0), None, Range)],
        ),
        (
            "one or two points",
            &[("one or two", Count, N, Some(1.0), Some(2.0), None, Range)],
        ),
        (
            "for a few thousand euros",
            &[(
                "a few thousand euros",
                Money,
                N,
                Some(2000.0),
                Some(9000.0),
                Some("EUR"),
                Vague,
            )],
        ),
        (
            "dozens of people",
            &[("dozens", Count, N, Some(24.0), Some(99.0), None, Vague)],
        ),
        (
            "Hundreds of fans",
            &[("Hundreds", Count, N, Some(200.0), Some(999.0), None, Vague)],
        ),
        (
            "tens of thousands of",
            &[(
                "tens of thousands",
                Count,
                N,
                Some(20000.0),
                Some(99999.0),
                None,
                Vague,
            )],
        ),
        (
            "billions of dollars",
            &[(
                "billions of dollars",
                Money,
                N,
                Some(2e9),
                Some(999e9),
                Some("USD"),
                Vague,
            )],
        ),
    ]);
}

#[test]
fn ordinals_measures_durations() {
    check(&[
        // Halves of a unit.
        (
            "it took an hour and a half",
            &[(
                "an hour and a half",
                Duration,
                Some(1.5),
                N,
                N,
                Some("hour"),
                Exact,
            )],
        ),
        (
            "two years and a half",
            &[(
                "two years and a half",
                Duration,
                Some(2.5),
                N,
                N,
                Some("year"),
                Exact,
            )],
        ),
        (
            "half an hour",
            &[(
                "half an hour",
                Duration,
                Some(0.5),
                N,
                N,
                Some("hour"),
                Exact,
            )],
        ),
        // Metres where the words after say so, millions elsewhere; feet and inches together.
        (
            "I am 1.8m tall",
            &[("1.8m", Measure, Some(1.8), N, N, Some("m"), Exact)],
        ),
        (
            "the 100m sprint",
            &[("100m", Measure, Some(100.0), N, N, Some("m"), Exact)],
        ),
        (
            "won 5m votes",
            &[("5m", Count, Some(5e6), N, N, None, Exact)],
        ),
        (
            "he is 6ft 2in tall",
            &[(
                "6ft 2in",
                Measure,
                Some(6.16666666667),
                N,
                N,
                Some("ft"),
                Exact,
            )],
        ),
        (
            "5 ft 2 in the end",
            &[
                ("5 ft", Measure, Some(5.0), N, N, Some("ft"), Exact),
                ("2", Count, Some(2.0), N, N, None, Exact),
            ],
        ),
        // Ages.
        (
            "an 87-year-old man",
            &[(
                "87-year-old",
                Duration,
                Some(87.0),
                N,
                N,
                Some("year"),
                Exact,
            )],
        ),
        (
            "He is 40 years old",
            &[(
                "40 years old",
                Duration,
                Some(40.0),
                N,
                N,
                Some("year"),
                Exact,
            )],
        ),
        (
            "the man, aged 87, died",
            &[("87", Duration, Some(87.0), N, N, Some("year"), Exact)],
        ),
        // Temperatures in every spelling.
        (
            "temperatures hit 30C",
            &[("30C", Measure, Some(30.0), N, N, Some("°C"), Exact)],
        ),
        (
            "40 deg celsius",
            &[(
                "40 deg celsius",
                Measure,
                Some(40.0),
                N,
                N,
                Some("°C"),
                Exact,
            )],
        ),
        (
            "its 90 fahrenheit",
            &[(
                "90 fahrenheit",
                Measure,
                Some(90.0),
                N,
                N,
                Some("°F"),
                Exact,
            )],
        ),
        ("the C30 road", &[]),
        ("a Boeing 777F and a 777C", &[]),
        // The "a year" of a rate after what is counted is no figure; "a year ago" is one.
        (
            "treats 500,000 patients a year",
            &[("500,000", Count, Some(500000.0), N, N, None, Exact)],
        ),
        (
            "40,000 extra appointments a week",
            &[("40,000", Count, Some(40000.0), N, N, None, Exact)],
        ),
        (
            "6 tonnes of coal a day",
            &[("6 tonnes", Measure, Some(6.0), N, N, Some("tonne"), Exact)],
        ),
        (
            "3 people a year ago",
            &[
                ("3", Count, Some(3.0), N, N, None, Exact),
                ("a year", Duration, Some(1.0), N, N, Some("year"), Exact),
            ],
        ),
        (
            "hired 200 people and waited a year",
            &[
                ("200", Count, Some(200.0), N, N, None, Exact),
                ("a year", Duration, Some(1.0), N, N, Some("year"), Exact),
            ],
        ),
        (
            "200 staff worked a week",
            &[
                ("200", Count, Some(200.0), N, N, None, Exact),
                ("a week", Duration, Some(1.0), N, N, Some("week"), Exact),
            ],
        ),
        ("14.7C/ per security", &[]),
        // Units of trade and science, area, volume and speed; the "a day" of a rate is no figure.
        (
            "500,000 barrels a day",
            &[(
                "500,000 barrels",
                Measure,
                Some(500000.0),
                N,
                N,
                Some("barrel"),
                Exact,
            )],
        ),
        (
            "16,000 metric tons",
            &[(
                "16,000 metric tons",
                Measure,
                Some(16000.0),
                N,
                N,
                Some("tonne"),
                Exact,
            )],
        ),
        (
            "660 square meters",
            &[(
                "660 square meters",
                Measure,
                Some(660.0),
                N,
                N,
                Some("m²"),
                Exact,
            )],
        ),
        (
            "0.9 trillion cubic feet",
            &[(
                "0.9 trillion cubic feet",
                Measure,
                Some(0.9e12),
                N,
                N,
                Some("ft³"),
                Exact,
            )],
        ),
        (
            "188 miles an hour",
            &[(
                "188 miles an hour",
                Measure,
                Some(188.0),
                N,
                N,
                Some("mph"),
                Exact,
            )],
        ),
        (
            "a 68-ounce can",
            &[("68-ounce", Measure, Some(68.0), N, N, Some("oz"), Exact)],
        ),
        (
            "a 100 MB file",
            &[("100 MB", Measure, Some(100.0), N, N, Some("MB"), Exact)],
        ),
        (
            "it took a day",
            &[("a day", Duration, Some(1.0), N, N, Some("day"), Exact)],
        ),
        (
            "A fifth smuggler has been arrested",
            &[("fifth", Ordinal, Some(5.0), N, N, None, Exact)],
        ),
        (
            "in the 62nd minute",
            &[("62nd", Ordinal, Some(62.0), N, N, None, Exact)],
        ),
        (
            "the first game",
            &[("first", Ordinal, Some(1.0), N, N, None, Exact)],
        ),
        (
            "ranked number 3",
            &[("number 3", Ordinal, Some(3.0), N, N, None, Exact)],
        ),
        (
            "500 miles away",
            &[("500 miles", Measure, Some(500.0), N, N, Some("mile"), Exact)],
        ),
        (
            "800 km",
            &[("800 km", Measure, Some(800.0), N, N, Some("km"), Exact)],
        ),
        // Multiples and factors (a class of miss).
        (
            "Sales tripled last year",
            &[("tripled", Ratio, Some(3.0), N, N, None, Exact)],
        ),
        (
            "output rose sixfold",
            &[("sixfold", Ratio, Some(6.0), N, N, None, Exact)],
        ),
        (
            "it is 30 times higher",
            &[("30 times", Ratio, Some(30.0), N, N, None, Exact)],
        ),
        ("Lukaku doubled the lead", &[]),
        (
            "House prices are 8.3 times average earnings",
            &[("8.3 times", Ratio, Some(8.3), N, N, None, Exact)],
        ),
        (
            "sales were three times their 2019 level",
            &[
                ("three times", Ratio, Some(3.0), N, N, None, Exact),
                ("2019", Date, Some(2019.0), N, N, None, Exact),
            ],
        ),
        (
            "arrested 3 times last year",
            &[("3", Count, Some(3.0), N, N, None, Exact)],
        ),
        (
            // No ratio; and "a week" is the rate's, no figure of its own.
            "he went 3 times a week",
            &[("3", Count, Some(3.0), N, N, None, Exact)],
        ),
        // Negative numbers in words (a class of miss).
        (
            "He ran minus-5 yards",
            &[(
                "minus-5 yards",
                Measure,
                Some(-5.0),
                N,
                N,
                Some("yd"),
                Exact,
            )],
        ),
        // A minus sign after a space, a bracket or a quotation mark negates; a hyphen glued to
        // the word or number before it does not.
        (
            "It was -3C at dawn",
            &[("-3C", Measure, Some(-3.0), N, N, Some("°C"), Exact)],
        ),
        (
            "Lows (-5C) are forecast",
            &[("-5C", Measure, Some(-5.0), N, N, Some("°C"), Exact)],
        ),
        (
            "a return of \u{201c}-3%\u{201d} was reported",
            &[("-3%", Percent, Some(-3.0), N, N, Some("percent"), Exact)],
        ),
        (
            "some (5-10) people came",
            &[("5-10", Count, N, Some(5.0), Some(10.0), None, Range)],
        ),
        ("the COVID-19 rules", &[]),
        (
            "He paid Rs. 500",
            &[("Rs. 500", Money, Some(500.0), N, N, Some("INR"), Exact)],
        ),
        // Compound durations (a class of miss).
        (
            "The film lasts 1 hour 30 minutes",
            &[(
                "1 hour 30 minutes",
                Duration,
                Some(1.5),
                N,
                N,
                Some("hour"),
                Exact,
            )],
        ),
        (
            "It took an hour and fifteen minutes",
            &[(
                "an hour and fifteen minutes",
                Duration,
                Some(1.25),
                N,
                N,
                Some("hour"),
                Exact,
            )],
        ),
        (
            "a run of 1 hour 30.",
            &[("1 hour 30", Duration, Some(1.5), N, N, Some("hour"), Exact)],
        ),
        (
            "He won in 2 hours 1 minute and 9 seconds.",
            &[(
                "2 hours 1 minute and 9 seconds",
                Duration,
                Some(2.0 + 1.0 / 60.0 + 9.0 / 3600.0),
                N,
                N,
                Some("hour"),
                Exact,
            )],
        ),
        (
            "for 3 hours 30 people waited",
            &[
                ("3 hours", Duration, Some(3.0), N, N, Some("hour"), Exact),
                ("30", Count, Some(30.0), N, N, None, Exact),
            ],
        ),
        // Ages in apposition (a class of miss).
        (
            "Nick Hague, 44, has spent months in space",
            &[("44", Duration, Some(44.0), N, N, Some("year"), Exact)],
        ),
        (
            "In all, 44, not 40, came",
            &[
                ("44", Count, Some(44.0), N, N, None, Exact),
                ("40", Count, Some(40.0), N, N, None, Exact),
            ],
        ),
        // After a noun for one person, and each number listed after an age.
        (
            "A woman, 34, was charged",
            &[("34", Duration, Some(34.0), N, N, Some("year"), Exact)],
        ),
        (
            "The victims, aged 18, 19 and 21, were named",
            &[
                ("18", Duration, Some(18.0), N, N, Some("year"), Exact),
                ("19", Duration, Some(19.0), N, N, Some("year"), Exact),
                ("21", Duration, Some(21.0), N, N, Some("year"), Exact),
            ],
        ),
        (
            "The driver, 45, and 3 passengers were hurt",
            &[
                ("45", Duration, Some(45.0), N, N, Some("year"), Exact),
                ("3", Count, Some(3.0), N, N, None, Exact),
            ],
        ),
        (
            "Over 10 years, 50 people died",
            &[
                (
                    "10 years",
                    Duration,
                    Some(10.0),
                    N,
                    N,
                    Some("year"),
                    AtLeast,
                ),
                ("50", Count, Some(50.0), N, N, None, Exact),
            ],
        ),
        (
            "The result, 52, was close",
            &[("52", Count, Some(52.0), N, N, None, Exact)],
        ),
        // Model numbers are names, not counts (a class of miss); a year after "in" is when.
        ("She flew a 717 to Miami", &[]),
        (
            "its first 787 in 2011",
            &[
                ("first", Ordinal, Some(1.0), N, N, None, Exact),
                ("2011", Date, Some(2011.0), N, N, None, Exact),
            ],
        ),
        (
            "the first 500 people",
            &[
                ("first", Ordinal, Some(1.0), N, N, None, Exact),
                ("500", Count, Some(500.0), N, N, None, Exact),
            ],
        ),
        // Units glued to their number (a class of miss): frequencies, data rates, power.
        (
            "a 2.4GHz chip",
            &[("2.4GHz", Measure, Some(2.4), N, N, Some("GHz"), Exact)],
        ),
        (
            "up to 15kHz",
            &[("15kHz", Measure, Some(15.0), N, N, Some("kHz"), AtMost)],
        ),
        (
            "a 30Mbps line",
            &[("30Mbps", Measure, Some(30.0), N, N, Some("Mbit/s"), Exact)],
        ),
        (
            "its 784 HP engine",
            &[("784 HP", Measure, Some(784.0), N, N, Some("hp"), Exact)],
        ),
        (
            "a 15-metre wall",
            &[("15-metre", Measure, Some(15.0), N, N, Some("m"), Exact)],
        ),
        (
            "at 70 mph",
            &[("70 mph", Measure, Some(70.0), N, N, Some("mph"), Exact)],
        ),
        (
            "40 °C heat",
            &[("40 °C", Measure, Some(40.0), N, N, Some("°C"), Exact)],
        ),
        (
            "the last 12 hours",
            &[("12 hours", Duration, Some(12.0), N, N, Some("hour"), Exact)],
        ),
        (
            "three months",
            &[(
                "three months",
                Duration,
                Some(3.0),
                N,
                N,
                Some("month"),
                Exact,
            )],
        ),
        (
            "fell 118.40 points",
            &[(
                "118.40 points",
                Measure,
                Some(118.4),
                N,
                N,
                Some("points"),
                Exact,
            )],
        ),
    ]);
}

#[test]
fn dates_times_and_scores() {
    check(&[
        (
            "in 2004",
            &[("2004", Date, Some(2004.0), N, N, None, Exact)],
        ),
        (
            "on 12 January",
            &[("12 January", Date, N, N, N, None, Exact)],
        ),
        // A full stop is an abbreviated month's, else the sentence's.
        (
            "They strike on 20 December.",
            &[("20 December", Date, N, N, N, None, Exact)],
        ),
        (
            "due on 5 Dec. next",
            &[("5 Dec.", Date, N, N, N, None, Exact)],
        ),
        // "over" after a figure is a period, before one alone "more than".
        (
            "It cost £2bn over five years",
            &[
                ("£2bn", Money, Some(2e9), N, N, Some("GBP"), Exact),
                ("five years", Duration, Some(5.0), N, N, Some("year"), Exact),
            ],
        ),
        (
            "it will buy back $10 billion of stock over three years",
            &[
                ("$10 billion", Money, Some(1e10), N, N, Some("USD"), Exact),
                (
                    "three years",
                    Duration,
                    Some(3.0),
                    N,
                    N,
                    Some("year"),
                    Exact,
                ),
            ],
        ),
        (
            "150,000 people waited over 12 hours",
            &[
                ("150,000", Count, Some(150000.0), N, N, None, Exact),
                (
                    "12 hours",
                    Duration,
                    Some(12.0),
                    N,
                    N,
                    Some("hour"),
                    AtLeast,
                ),
            ],
        ),
        (
            "It will cut 1,000 jobs over five years",
            &[
                ("1,000", Count, Some(1000.0), N, N, None, Exact),
                ("five years", Duration, Some(5.0), N, N, Some("year"), Exact),
            ],
        ),
        (
            "3 shops for over ten years",
            &[
                ("3", Count, Some(3.0), N, N, None, Exact),
                (
                    "ten years",
                    Duration,
                    Some(10.0),
                    N,
                    N,
                    Some("year"),
                    AtLeast,
                ),
            ],
        ),
        (
            "He served over five years",
            &[(
                "five years",
                Duration,
                Some(5.0),
                N,
                N,
                Some("year"),
                AtLeast,
            )],
        ),
        // A bare number compared with a measure is in its unit.
        (
            "men live 79.0 years, compared with 82.9 for women",
            &[
                (
                    "79.0 years",
                    Duration,
                    Some(79.0),
                    N,
                    N,
                    Some("year"),
                    Exact,
                ),
                ("82.9", Duration, Some(82.9), N, N, Some("year"), Exact),
            ],
        ),
        (
            "it rose 5% against 4.2 a year ago",
            &[
                ("5%", Percent, Some(5.0), N, N, Some("percent"), Exact),
                ("4.2", Percent, Some(4.2), N, N, Some("percent"), Exact),
                ("a year", Duration, Some(1.0), N, N, Some("year"), Exact),
            ],
        ),
        (
            "it made £5m compared with 3.2 before",
            &[
                ("£5m", Money, Some(5e6), N, N, Some("GBP"), Exact),
                ("3.2", Count, Some(3.2), N, N, None, Exact),
            ],
        ),
        // A span of days before a month is a span of dates.
        (
            "carried out between 3 and 5 May",
            &[("between 3 and 5 May", Date, N, N, N, None, Exact)],
        ),
        (
            "from 1 to 7 June 2024 it ran",
            &[("from 1 to 7 June 2024", Date, N, N, N, None, Exact)],
        ),
        // A day listed before a date shares its month.
        (
            "strikes on 15 and 20 December",
            &[
                ("15", Date, N, N, N, None, Exact),
                ("20 December", Date, N, N, N, None, Exact),
            ],
        ),
        (
            "15 and 20 people",
            &[
                ("15", Count, Some(15.0), N, N, None, Exact),
                ("20", Count, Some(20.0), N, N, None, Exact),
            ],
        ),
        (
            "due on Dec. 5 next",
            &[("Dec. 5", Date, N, N, N, None, Exact)],
        ),
        (
            "It came in December. 5 people died.",
            &[("5", Count, Some(5.0), N, N, None, Exact)],
        ),
        (
            "on April 12, 1981",
            &[("April 12, 1981", Date, N, N, N, None, Exact)],
        ),
        (
            "see 8.32am",
            &[("8.32am", Time, Some(8.32), N, N, None, Exact)],
        ),
        // Times are on a 24-hour clock, as HH.MM.
        (
            "trades at 2.40 PM",
            &[("2.40 PM", Time, Some(14.4), N, N, None, Exact)],
        ),
        (
            "landed at 6:40 p.m. local time",
            &[("6:40 p.m.", Time, Some(18.4), N, N, None, Exact)],
        ),
        (
            "began at 12:15am",
            &[("12:15am", Time, Some(0.15), N, N, None, Exact)],
        ),
        (
            "ended at 12.30pm",
            &[("12.30pm", Time, Some(12.3), N, N, None, Exact)],
        ),
        (
            "at 16:08 GMT",
            &[("16:08 GMT", Time, Some(16.08), N, N, Some("GMT"), Exact)],
        ),
        (
            "the 1960s",
            &[("1960s", Date, N, Some(1960.0), Some(1969.0), None, Range)],
        ),
        (
            "the 20th century",
            &[(
                "20th century",
                Date,
                N,
                Some(1900.0),
                Some(1999.0),
                None,
                Range,
            )],
        ),
        (
            "Sweden defeated South Korea 1 – 0;",
            &[("1 – 0", Score, N, N, N, None, Exact)],
        ),
    ]);
}

#[test]
fn no_figure_inside_a_name_or_label() {
    for text in [
        // Regression (found by the fuzzer): a frequent word glued to a number is a label, and the
        // skip of words that start nothing must not pass over it.
        "A0 at0h a ",
        // Numbers that name things after their noun.
        "turn to page 5",
        "see page 5.",
        "flight 370 vanished",
        "she has stage 4 cancer",
        "the level 3 lockdown ended",
        "phase 2 trials began",
        "the Orbiter Processing Facility-1 hangar",
        "near police posts 542 and 543",
        // Phone numbers are no ranges.
        "call 0800-123-4567 now",
        "dial +1-222-2222 today",
        // Web addresses are no figures.
        "see https://example.com/search?q=30%25%2020% for more",
        "details at www.site2020.org/page/5 today",
        "Channel 4 reported it",
        "the G8 summit",
        "on Radio 5 Live",
        "Windows XP users",
        "shown on BBC Two tonight",
        "an MP3 player",
        "Formula 1 racing",
        "a 4x4 vehicle",
        "the COVID-19 pandemic",
        "a Boeing 747 landed",
        "one of the best",
        "no one knows",
        "the F-35 jet",
        "iPhone 4 owners",
        "the FIRST Global Challenge",
        "in the first place",
        "fishermen first noticed",
        "several people",
        "for a few minutes",
        "one or more donations",
    ] {
        assert_eq!(figures(text), vec![], "{text}");
    }
}

#[test]
fn divisions_powers_of_ten_and_ordinals_of_scales() {
    check(&[
        // "A over B" divides where the divisor ends the phrase.
        (
            "one over three",
            &[("one over three", Ratio, Some(1.0 / 3.0), N, N, None, Exact)],
        ),
        (
            "1 over 20.",
            &[("1 over 20", Ratio, Some(0.05), N, N, None, Exact)],
        ),
        // Negative: a divisor with a unit or a noun after it, and a year, are no fraction bars.
        (
            "3 over 2 years",
            &[
                ("3", Count, Some(3.0), N, N, None, Exact),
                ("2 years", Duration, Some(2.0), N, N, Some("year"), Exact),
            ],
        ),
        (
            "three over 70 died",
            &[
                ("three", Count, Some(3.0), N, N, None, Exact),
                ("70", Count, Some(70.0), N, N, None, AtLeast),
            ],
        ),
        (
            "sales rose in 2019 over 2018.",
            &[
                ("2019", Date, Some(2019.0), N, N, None, Exact),
                ("2018", Date, Some(2018.0), N, N, None, AtLeast),
            ],
        ),
        // Powers of ten, glued as they are written.
        (
            "1.3x10^6",
            &[("1.3x10^6", Count, Some(1.3e6), N, N, None, Exact)],
        ),
        (
            "6.23 × 10^-4",
            &[("6.23 × 10^-4", Count, Some(6.23e-4), N, N, None, Exact)],
        ),
        ("10^9", &[("10^9", Count, Some(1e9), N, N, None, Exact)]),
        (
            "10 ^ 6",
            &[
                ("10", Count, Some(10.0), N, N, None, Exact),
                ("6", Count, Some(6.0), N, N, None, Exact),
            ],
        ),
        // An ordinal of a scale; before "of", one of them is a fraction.
        (
            "the two millionth visitor",
            &[("two millionth", Ordinal, Some(2e6), N, N, None, Exact)],
        ),
        (
            "a hundred trillionth",
            &[(
                "a hundred trillionth",
                Ordinal,
                Some(1e14),
                N,
                N,
                None,
                Exact,
            )],
        ),
        (
            "one thousandth of it",
            &[("one thousandth", Ratio, Some(0.001), N, N, None, Exact)],
        ),
        // Fractions keep their exact value.
        (
            "1 in twenty-one",
            &[(
                "1 in twenty-one",
                Ratio,
                Some(1.0 / 21.0),
                N,
                N,
                None,
                Exact,
            )],
        ),
    ]);
}

#[test]
fn units_in_brackets_with_powers_and_spaced_metres() {
    check(&[
        (
            "The weight is 20 (kg)",
            &[("20 (kg)", Measure, Some(20.0), N, N, Some("kg"), Exact)],
        ),
        (
            "20 [kg]",
            &[("20 [kg]", Measure, Some(20.0), N, N, Some("kg"), Exact)],
        ),
        ("Route 20 (north)", &[]),
        (
            "an area of 24703m2",
            &[("24703m2", Measure, Some(24703.0), N, N, Some("m²"), Exact)],
        ),
        (
            "5 km2 of forest",
            &[("5 km2", Measure, Some(5.0), N, N, Some("km²"), Exact)],
        ),
        (
            "24703 m212",
            &[("24703", Count, Some(24703.0), N, N, None, Exact)],
        ),
        // A spaced "m" is metres where a dimension goes on or ends, and nothing otherwise.
        (
            "1 m x 1 m",
            &[
                ("1 m", Measure, Some(1.0), N, N, Some("m"), Exact),
                ("1 m", Measure, Some(1.0), N, N, Some("m"), Exact),
            ],
        ),
        (
            "12 m 2 dm",
            &[
                ("12 m", Measure, Some(12.0), N, N, Some("m"), Exact),
                ("2 dm", Measure, Some(2.0), N, N, Some("dm"), Exact),
            ],
        ),
        (
            "a wall of 3 m.",
            &[("3 m", Measure, Some(3.0), N, N, Some("m"), Exact)],
        ),
        ("5 m people", &[("5", Count, Some(5.0), N, N, None, Exact)]),
        ("SCP-173 m", &[]),
        (
            "10km/hr",
            &[("10km/hr", Measure, Some(10.0), N, N, Some("km/h"), Exact)],
        ),
        (
            "10 kmph",
            &[("10 kmph", Measure, Some(10.0), N, N, Some("km/h"), Exact)],
        ),
        // Cups are counted more often than measured: "cafés sold 1,200 cups".
        (
            "cafés sold 1,200 cups",
            &[("1,200", Count, Some(1200.0), N, N, None, Exact)],
        ),
        // A sign between two numbers is the second's, unless that one has its own.
        (
            "10 $ 30 $",
            &[
                ("10 $", Money, Some(10.0), N, N, Some("USD"), Exact),
                ("30 $", Money, Some(30.0), N, N, Some("USD"), Exact),
            ],
        ),
        (
            "10 $ 30",
            &[
                ("10", Count, Some(10.0), N, N, None, Exact),
                ("$ 30", Money, Some(30.0), N, N, Some("USD"), Exact),
            ],
        ),
    ]);
}
#[test]
fn alternatives_and_falls_are_no_ranges() {
    check(&[
        // "X or Y" is a range only a step apart; further apart, two alternatives.
        (
            "around 25k or 40k cheaper",
            &[
                ("25k", Count, Some(25e3), N, N, None, Approx),
                ("40k", Count, Some(40e3), N, N, None, Approx),
            ],
        ),
        (
            "two or three people",
            &[("two or three", Count, N, Some(2.0), Some(3.0), None, Range)],
        ),
        (
            "10 or 15 minutes",
            &[(
                "10 or 15 minutes",
                Duration,
                N,
                Some(10.0),
                Some(15.0),
                Some("minute"),
                Range,
            )],
        ),
        (
            "5 or 6 per cent",
            &[(
                "5 or 6 per cent",
                Percent,
                N,
                Some(5.0),
                Some(6.0),
                Some("percent"),
                Range,
            )],
        ),
        // A fall from one level to another: the first takes the unit the second gives both.
        (
            "forecast to slow from 4.8 to 4.7 percent",
            &[
                ("4.8", Percent, Some(4.8), N, N, Some("percent"), Exact),
                (
                    "4.7 percent",
                    Percent,
                    Some(4.7),
                    N,
                    N,
                    Some("percent"),
                    Exact,
                ),
            ],
        ),
        // A range whose first member omits the unit.
        (
            "between 15 and 17kHz",
            &[(
                "between 15 and 17kHz",
                Measure,
                N,
                Some(15.0),
                Some(17.0),
                Some("kHz"),
                Range,
            )],
        ),
    ]);
}

#[test]
fn fractions_of_scales_and_mixed_numbers() {
    check(&[
        // A fraction of a scale takes the currency after it.
        (
            "three quarters of a billion dollars",
            &[(
                "three quarters of a billion dollars",
                Money,
                Some(75e7),
                N,
                N,
                Some("USD"),
                Exact,
            )],
        ),
        (
            "a quarter of a million pounds",
            &[(
                "a quarter of a million pounds",
                Money,
                Some(25e4),
                N,
                N,
                Some("GBP"),
                Exact,
            )],
        ),
        (
            "three quarters billion us dollars",
            &[(
                "three quarters billion us dollars",
                Money,
                Some(75e7),
                N,
                N,
                Some("USD"),
                Exact,
            )],
        ),
        // "A third" needs its "of" before a scale.
        (
            "a third of a million people",
            &[(
                "a third of a million",
                Count,
                Some(333333.333333),
                N,
                N,
                None,
                Exact,
            )],
        ),
        (
            "a third of the vote",
            &[("a third", Ratio, Some(1.0 / 3.0), N, N, None, Exact)],
        ),
        // A mixed number's numerator may be a compound; "and" ends the whole number.
        (
            "two and fifty-four hundredths",
            &[(
                "two and fifty-four hundredths",
                Count,
                Some(2.54),
                N,
                N,
                None,
                Exact,
            )],
        ),
        (
            "two hundred and fifty-four hundredths",
            &[(
                "two hundred and fifty-four hundredths",
                Count,
                Some(200.54),
                N,
                N,
                None,
                Exact,
            )],
        ),
        (
            "one hundred three fifths",
            &[(
                "one hundred three fifths",
                Ratio,
                Some(20.6),
                N,
                N,
                None,
                Exact,
            )],
        ),
        // A numerator as large as its denominator makes no fraction.
        (
            "two and five fifths",
            &[
                ("two", Count, Some(2.0), N, N, None, Exact),
                ("five fifths", Ratio, Some(1.0), N, N, None, Exact),
            ],
        ),
    ]);
}

#[test]
fn spaced_scale_letters() {
    check(&[
        (
            "the score was 2.33 k",
            &[("2.33 k", Count, Some(2330.0), N, N, None, Exact)],
        ),
        (
            "1,674,200.5 M",
            &[("1,674,200.5 M", Count, Some(1674200.5e6), N, N, None, Exact)],
        ),
        (
            "1,674.5 G",
            &[("1,674.5 G", Count, Some(1674.5e9), N, N, None, Exact)],
        ),
        // A lower-case letter before a word is no scale, and a glued "g" is grams.
        ("a 5 k run", &[("5", Count, Some(5.0), N, N, None, Exact)]),
        (
            "add 10g of sugar",
            &[("10g", Measure, Some(10.0), N, N, Some("g"), Exact)],
        ),
    ]);
}

#[test]
fn dates_in_digits_are_no_counts() {
    check(&[
        (
            "the 2008-09 season",
            &[("2008-09", Date, N, Some(2008.0), Some(2009.0), None, Range)],
        ),
        (
            "in 1995-98",
            &[("1995-98", Date, N, Some(1995.0), Some(1998.0), None, Range)],
        ),
        (
            "the 1999-2000 season",
            &[(
                "1999-2000",
                Date,
                N,
                Some(1999.0),
                Some(2000.0),
                None,
                Range,
            )],
        ),
        (
            "the 1999-00 season",
            &[("1999-00", Date, N, Some(1999.0), Some(2000.0), None, Range)],
        ),
        (
            "the 1995-01 report",
            &[("1995-01", Date, N, N, N, None, Exact)],
        ),
        (
            "on 2018-05-17 it rained",
            &[("2018-05-17", Date, N, N, N, None, Exact)],
        ),
        (
            "meet on 5/17/2018",
            &[("5/17/2018", Date, N, N, N, None, Exact)],
        ),
        // Spaced, the hyphen is a range's or a dash's.
        (
            "rose 1995 - 2001",
            &[(
                "1995 - 2001",
                Date,
                N,
                Some(1995.0),
                Some(2001.0),
                None,
                Range,
            )],
        ),
    ]);
}

#[test]
fn units_known_by_their_company() {
    check(&[
        // Pounds of weight: a word of weight near, or a verb of body weight before.
        (
            "the fish weighed 12 pounds",
            &[("12 pounds", Measure, Some(12.0), N, N, Some("lb"), Exact)],
        ),
        (
            "she ate less to drop 25 pounds.",
            &[("25 pounds", Measure, Some(25.0), N, N, Some("lb"), Exact)],
        ),
        (
            "a metric ton is equal to 2,204.62 pounds.",
            &[(
                "2,204.62 pounds",
                Measure,
                Some(2204.62),
                N,
                N,
                Some("lb"),
                Exact,
            )],
        ),
        (
            "the fine was 25 pounds.",
            &[("25 pounds", Money, Some(25.0), N, N, Some("GBP"), Exact)],
        ),
        (
            "he lost 25 pounds on the bet, the price of a ticket",
            &[("25 pounds", Money, Some(25.0), N, N, Some("GBP"), Exact)],
        ),
        (
            "a heavy bill of five million pounds",
            &[(
                "five million pounds",
                Money,
                Some(5e6),
                N,
                N,
                Some("GBP"),
                Exact,
            )],
        ),
        // A glued "m" that ends its phrase among measures is metres; before a noun, millions.
        (
            "1m is equal to 10 dm",
            &[
                ("1m", Measure, Some(1.0), N, N, Some("m"), Exact),
                ("10 dm", Measure, Some(10.0), N, N, Some("dm"), Exact),
            ],
        ),
        (
            "a capacity of 100t and an outreach of 48m",
            &[
                ("100t", Measure, Some(100.0), N, N, Some("tonne"), Exact),
                ("48m", Measure, Some(48.0), N, N, Some("m"), Exact),
            ],
        ),
        (
            "it has 5m people and 20 km of roads.",
            &[
                ("5m", Count, Some(5e6), N, N, None, Exact),
                ("20 km", Measure, Some(20.0), N, N, Some("km"), Exact),
            ],
        ),
        (
            "the 2km road cost 4m.",
            &[
                ("2km", Measure, Some(2.0), N, N, Some("km"), Exact),
                ("4m", Count, Some(4e6), N, N, None, Exact),
            ],
        ),
        // An inch mark before a dimension; a quote closing a quotation is none.
        (
            "a pen that is 10 \" long.",
            &[("10 \"", Measure, Some(10.0), N, N, Some("in"), Exact)],
        ),
        (
            "he said \"I have 10\" long ago",
            &[("10", Count, Some(10.0), N, N, None, Exact)],
        ),
        // Cups for a part of one; whole cups are counted.
        (
            "1/2 cup olive oil and 1 1/2 cups flour",
            &[
                ("1/2 cup", Measure, Some(0.5), N, N, Some("cup"), Exact),
                ("1 1/2 cups", Measure, Some(1.5), N, N, Some("cup"), Exact),
            ],
        ),
        (
            "cafés sold 1,200 cups",
            &[("1,200", Count, Some(1200.0), N, N, None, Exact)],
        ),
        // Tonnes glued, picometres, and a degree sign named with its scale.
        (
            "a 44t lorry",
            &[("44t", Measure, Some(44.0), N, N, Some("tonne"), Exact)],
        ),
        (
            "the 5 t of rubbish",
            &[("5", Count, Some(5.0), N, N, None, Exact)],
        ),
        (
            "2 picometers",
            &[("2 picometers", Measure, Some(2.0), N, N, Some("pm"), Exact)],
        ),
        (
            "Water boils at 100° Celsius",
            &[(
                "100° Celsius",
                Measure,
                Some(100.0),
                N,
                N,
                Some("°C"),
                Exact,
            )],
        ),
        // Cents named after a sign belong to the amount before it.
        (
            "10 $ 30 cent",
            &[("10 $ 30 cent", Money, Some(10.3), N, N, Some("USD"), Exact)],
        ),
        (
            "2 satoshis",
            &[("2 satoshis", Money, Some(2e-8), N, N, Some("BTC"), Exact)],
        ),
    ]);
}

#[test]
fn local_signs_glued_units_half_hours_and_product_numbers() {
    check(&[
        // Local signs in letters.
        (
            "It costs RM79 or Rp 15,000.",
            &[
                ("RM79", Money, Some(79.0), N, N, Some("MYR"), Exact),
                ("Rp 15,000", Money, Some(15000.0), N, N, Some("IDR"), Exact),
            ],
        ),
        (
            "a Dh50 fine",
            &[("Dh50", Money, Some(50.0), N, N, Some("AED"), Exact)],
        ),
        // Litres and hours glued; spaced, the letters are no unit.
        (
            "a 1.0l engine",
            &[("1.0l", Measure, Some(1.0), N, N, Some("l"), Exact)],
        ),
        (
            "a 2 l bottle",
            &[("2", Count, Some(2.0), N, N, None, Exact)],
        ),
        (
            "24h news and 1/2h breaks",
            &[
                ("24h", Duration, Some(24.0), N, N, Some("hour"), Exact),
                ("1/2h", Duration, Some(0.5), N, N, Some("hour"), Exact),
            ],
        ),
        // Half of a unit of time, spaced or hyphenated; "half-time" is a period of a match.
        (
            "It takes half hour.",
            &[("half hour", Duration, Some(0.5), N, N, Some("hour"), Exact)],
        ),
        (
            "a half-hour drive",
            &[(
                "a half-hour",
                Duration,
                Some(0.5),
                N,
                N,
                Some("hour"),
                Exact,
            )],
        ),
        ("at half-time", &[]),
        // A model before a singular noun of products; the plural is counted.
        ("the 737 fleet and its 500 series", &[]),
        (
            "300 planes",
            &[("300", Count, Some(300.0), N, N, None, Exact)],
        ),
        // A qualifier before alternatives is of both.
        (
            "more than 3 or 5 doses",
            &[
                ("3", Count, Some(3.0), N, N, None, AtLeast),
                ("5", Count, Some(5.0), N, N, None, AtLeast),
            ],
        ),
        (
            "3 or more than 5 doses",
            &[
                ("3", Count, Some(3.0), N, N, None, Exact),
                ("5", Count, Some(5.0), N, N, None, AtLeast),
            ],
        ),
    ]);
}

/// A place counted from the end, or an idiom, is no rank: "second to last" is not 2nd.
#[test]
fn places_counted_from_the_end_are_no_ranks() {
    check(&[
        ("Show me the second to last.", &[]),
        ("He finished third from last in the race.", &[]),
        ("It was the second-last day of the trial.", &[]),
        ("The second-to-last game was cancelled.", &[]),
        ("She came fourth from the bottom.", &[]),
        ("the 3rd from the end", &[]),
        ("His service was second to none.", &[]),
        // Ranks that are ranks.
        (
            "It was the third time in a row.",
            &[("third", Ordinal, Some(3.0), N, N, None, Exact)],
        ),
        (
            "She finished second to Smith.",
            &[("second", Ordinal, Some(2.0), N, N, None, Exact)],
        ),
        (
            "the first to arrive",
            &[("first", Ordinal, Some(1.0), N, N, None, Exact)],
        ),
        (
            "the 3rd from the left",
            &[("3rd", Ordinal, Some(3.0), N, N, None, Exact)],
        ),
    ]);
}

/// A product's number with a possessive or a plural "s" is its name, not a count.
#[test]
fn product_numbers_with_a_possessive_or_plural() {
    check(&[
        ("the 787's wings are long", &[]),
        // One capitalised word, then the phrase ends or a verb comes: a product's name.
        ("The 737 Max was grounded.", &[]),
        ("Boeing unveils new 787 Dreamliner", &[]),
        (
            "500 British troops arrived.",
            &[("500", Count, Some(500.0), N, N, None, Exact)],
        ),
        (
            "They found 300 Roman coins.",
            &[("300", Count, Some(300.0), N, N, None, Exact)],
        ),
        (
            "Since 1967, 5,700 737s have been delivered.",
            &[
                ("1967", Date, Some(1967.0), N, N, None, Exact),
                ("5,700", Count, Some(5700.0), N, N, None, Exact),
            ],
        ),
        // Counts stay counts; decades stay decades.
        (
            "the country's 300 soldiers",
            &[("300", Count, Some(300.0), N, N, None, Exact)],
        ),
        (
            "the 1990s",
            &[("1990s", Date, N, Some(1990.0), Some(1999.0), None, Range)],
        ),
    ]);
}

/// Tens with an "s" are ten years of someone's age, or no figure: never the number itself.
#[test]
fn tens_with_an_s() {
    check(&[
        (
            "He is in his 90s.",
            &[(
                "90s",
                Duration,
                N,
                Some(90.0),
                Some(99.0),
                Some("year"),
                Range,
            )],
        ),
        (
            "She is in her early 30s.",
            &[(
                "30s",
                Duration,
                N,
                Some(30.0),
                Some(39.0),
                Some("year"),
                Range,
            )],
        ),
        (
            "They are in their mid-20s.",
            &[(
                "20s",
                Duration,
                N,
                Some(20.0),
                Some(29.0),
                Some("year"),
                Range,
            )],
        ),
        // A decade of some century, or temperatures: nothing to check.
        ("Music of the 90s was loud.", &[]),
        ("In the '60s, prices rose.", &[]),
        ("Temperatures were in the 80s.", &[]),
        // Decades in full, and plain numbers, are as before.
        (
            "the 1990s",
            &[("1990s", Date, N, Some(1990.0), Some(1999.0), None, Range)],
        ),
        (
            "he scored 90 points",
            &[("90", Count, Some(90.0), N, N, None, Exact)],
        ),
    ]);
}

/// Glued results read high to low, or level, and are scores; a rising pair is a range. A slash
/// between whole numbers is a fraction only where a writer would write one.
#[test]
fn results_and_slashes() {
    check(&[
        (
            "United won the game 2-1.",
            &[("2-1", Score, N, N, N, None, Exact)],
        ),
        (
            "It ended in a 1-1 draw.",
            &[("1-1", Score, N, N, N, None, Exact)],
        ),
        (
            "The Senate voted 52-48.",
            &[("52-48", Score, N, N, N, None, Exact)],
        ),
        (
            "The final score was 101-99.",
            &[("101-99", Score, N, N, N, None, Exact)],
        ),
        (
            "Arsenal beat Chelsea 2-1 on Sunday.",
            &[("2-1", Score, N, N, N, None, Exact)],
        ),
        // A range rises; a model's number has digits of unlike lengths.
        (
            "children aged 8-10",
            &[(
                "8-10",
                Duration,
                N,
                Some(8.0),
                Some(10.0),
                Some("year"),
                Range,
            )],
        ),
        (
            "The 787-8 holds them.",
            &[
                ("787", Count, Some(787.0), N, N, None, Exact),
                ("8", Count, Some(8.0), N, N, None, Exact),
            ],
        ),
        // Spelt with "to", a result or odds; rising, a range.
        (
            "The vote was 3 to 1 in favour.",
            &[("3 to 1", Score, N, N, N, None, Exact)],
        ),
        (
            "There were 5 to 10 people.",
            &[("5 to 10", Count, N, Some(5.0), Some(10.0), None, Range)],
        ),
        // "a 10th of" is a fraction, as "a tenth of" is.
        (
            "It took a 10th of the time.",
            &[("a 10th", Ratio, Some(0.1), N, N, None, Exact)],
        ),
        // Slashes.
        ("The shop is open 24/7.", &[]),
        ("He spoke about 9/11 again.", &[]),
        (
            "It took 3/4 of the vote.",
            &[("3/4", Count, Some(0.75), N, N, None, Exact)],
        ),
        (
            "1/100 of a second",
            &[("1/100", Count, Some(0.01), N, N, None, Exact)],
        ),
        // "a second" at a phrase's end is the unit of time; before a noun, a rank.
        ("for a second.", &[]),
        (
            "a second referendum",
            &[("second", Ordinal, Some(2.0), N, N, None, Exact)],
        ),
        // Metres in a race.
        (
            "The 100m final was fast.",
            &[("100m", Measure, Some(100.0), N, N, Some("m"), Exact)],
        ),
        // Metres beside the same length in feet; millions beside another sum.
        (
            "The building is 310m (1,017ft) tall.",
            &[
                ("310m", Measure, Some(310.0), N, N, Some("m"), Exact),
                ("1,017ft", Measure, Some(1017.0), N, N, Some("ft"), Exact),
            ],
        ),
        (
            "The firm raised 310m (about 250m euros).",
            &[
                ("310m", Count, Some(310e6), N, N, None, Exact),
                ("250m euros", Money, Some(250e6), N, N, Some("EUR"), Approx),
            ],
        ),
        // Junctions, like pages and flights, are named by their numbers.
        ("The road was closed between junctions 10 and 11.", &[]),
        // Telephone numbers and house numbers name.
        ("Call 999 or 111 if you need help.", &[]),
        ("The firm is based at 10 Downing Street.", &[]),
        (
            "They will call 50 people on Main Street.",
            &[("50", Count, Some(50.0), N, N, None, Exact)],
        ),
        (
            "He lost 10 Premier League games.",
            &[("10", Count, Some(10.0), N, N, None, Exact)],
        ),
        // A capital G or D glued to a digit names a network or an image; a small g is grams.
        ("The 5G network and a 3D printer", &[]),
        (
            "found with 3.5g of heroin",
            &[("3.5g", Measure, Some(3.5), N, N, Some("g"), Exact)],
        ),
        // A race's distance after "the" is metres; a count of people stays millions.
        (
            "She was second in the 200m in 22.3 seconds",
            &[
                ("second", Ordinal, Some(2.0), N, N, None, Exact),
                ("200m", Measure, Some(200.0), N, N, Some("m"), Exact),
                (
                    "22.3 seconds",
                    Duration,
                    Some(22.3),
                    N,
                    N,
                    Some("second"),
                    Exact,
                ),
            ],
        ),
        (
            "The 2m people who voted",
            &[("2m", Count, Some(2e6), N, N, None, Exact)],
        ),
        (
            "lost the 5m in fees",
            &[("5m", Count, Some(5e6), N, N, None, Exact)],
        ),
        // A rank's suffix agrees with its number: "16st" is 16 stone, "21st" a rank.
        (
            "He weighs 16st",
            &[("16st", Measure, Some(16.0), N, N, Some("st"), Exact)],
        ),
        (
            "the 21st and the 13th",
            &[
                ("21st", Ordinal, Some(21.0), N, N, None, Exact),
                ("13th", Ordinal, Some(13.0), N, N, None, Exact),
            ],
        ),
        // A magnitude with its scale named after it.
        (
            "The quake measured 6.8 on the Richter scale.",
            &[("6.8", Measure, Some(6.8), N, N, Some("magnitude"), Exact)],
        ),
    ]);
}

/// After a rise or fall that happened, with the unit on both sides, "X to Y" is by how much and to
/// what; forecasts and bare first members are ranges.
#[test]
fn a_change_to_a_level_is_no_range() {
    check(&[
        (
            "The price rose by $2 to $80.",
            &[
                ("$2", Money, Some(2.0), N, N, Some("USD"), Exact),
                ("$80", Money, Some(80.0), N, N, Some("USD"), Exact),
            ],
        ),
        (
            "Shares fell 2% to 5%.",
            &[
                ("2%", Percent, Some(2.0), N, N, Some("percent"), Exact),
                ("5%", Percent, Some(5.0), N, N, Some("percent"), Exact),
            ],
        ),
        // Where a change began and ended are two levels, forecast or not.
        (
            "The wage will rise from £10.42 to £11.44 an hour.",
            &[
                ("£10.42", Money, Some(10.42), N, N, Some("GBP"), Exact),
                ("£11.44", Money, Some(11.44), N, N, Some("GBP"), Exact),
            ],
        ),
        (
            "Staff numbers increased from 30 to 40.",
            &[
                ("30", Count, Some(30.0), N, N, None, Exact),
                ("40", Count, Some(40.0), N, N, None, Exact),
            ],
        ),
        (
            "Growth is expected to rise from 4.8 to 5.1 percent.",
            &[
                ("4.8", Percent, Some(4.8), N, N, Some("percent"), Exact),
                (
                    "5.1 percent",
                    Percent,
                    Some(5.1),
                    N,
                    N,
                    Some("percent"),
                    Exact,
                ),
            ],
        ),
        (
            "Prices range from $2 to $80.",
            &[(
                "from $2 to $80",
                Money,
                N,
                Some(2.0),
                Some(80.0),
                Some("USD"),
                Range,
            )],
        ),
        (
            "Prices are expected to rise 2% to 3%.",
            &[(
                "2% to 3%",
                Percent,
                N,
                Some(2.0),
                Some(3.0),
                Some("percent"),
                Range,
            )],
        ),
        (
            "Prices rose 5 to 10 percent.",
            &[(
                "5 to 10 percent",
                Percent,
                N,
                Some(5.0),
                Some(10.0),
                Some("percent"),
                Range,
            )],
        ),
    ]);
}

/// A possessive before a number owns a count of things, though it may own a name.
#[test]
fn a_possessive_owns_a_count_or_a_name() {
    check(&[
        (
            "The UK's 650 MPs voted.",
            &[("650", Count, Some(650.0), N, N, None, Exact)],
        ),
        (
            "McDonald's 500 restaurants closed.",
            &[("500", Count, Some(500.0), N, N, None, Exact)],
        ),
        ("Standard & Poor's 500 index fell.", &[]),
    ]);
}

/// A unit after a number that a naming noun precedes makes it a quantity again.
#[test]
fn a_unit_after_a_naming_noun_makes_a_quantity() {
    check(&[(
        "sea level 3 metres higher",
        &[("3 metres", Measure, Some(3.0), N, N, Some("m"), Exact)],
    )]);
}

/// An earthquake's magnitude, before or after its number.
#[test]
fn magnitudes() {
    check(&[
        (
            "A magnitude 7.1 earthquake struck.",
            &[(
                "magnitude 7.1",
                Measure,
                Some(7.1),
                N,
                N,
                Some("magnitude"),
                Exact,
            )],
        ),
        (
            "A 6.4-magnitude quake hit.",
            &[(
                "6.4-magnitude",
                Measure,
                Some(6.4),
                N,
                N,
                Some("magnitude"),
                Exact,
            )],
        ),
        ("It was an order of magnitude larger.", &[]),
    ]);
}
