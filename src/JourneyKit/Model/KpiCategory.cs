namespace JourneyKit.Model;

/// <summary>Whose behaviour a KPI measures.</summary>
public enum KpiCategory
{
    /// <summary>What customers do: conversion, churn, repeat purchase.</summary>
    CustomerBehavior,

    /// <summary>What the organisation does: response time, first-contact resolution.</summary>
    OrganizationalBehavior,
}
