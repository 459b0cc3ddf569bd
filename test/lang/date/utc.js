// expect: [1646092800000,1640995200000,null,915148800000,-59011459200000,1681092122001,1638230400000,1640995200000,1643673600000,null,null,1646092800000,-62198755200000]
// Date.UTC: fields to a UTC time value, with overflow and the 0–99 year rule.
return [
  Date.UTC(2022, 2, 1),
  Date.UTC(2022),
  Date.UTC(),
  Date.UTC(99, 0),
  Date.UTC(100, 0),
  Date.UTC(2022, 14, 40, 25, 61, 61, 1001),
  Date.UTC(2022, -1, 0),
  Date.UTC(2022, 0, 1, 0, 0, 0, 0.9),
  Date.UTC(2022.7, 1.5, 1.9),
  Date.UTC(2022, NaN),
  Date.UTC(275760, 8, 13, 0, 0, 0, 1),
  Date.UTC("2022", "2", "1"),
  Date.UTC(-1, 0),
];
