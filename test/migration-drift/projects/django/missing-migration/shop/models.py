from django.db import models


class Customer(models.Model):
    email = models.EmailField(max_length=255)
    nickname = models.CharField(max_length=50, blank=True, default="")


class Item(models.Model):
    owner = models.ForeignKey(Customer, on_delete=models.CASCADE)
    name = models.CharField(max_length=100)
    qty = models.IntegerField()
    price = models.DecimalField(max_digits=10, decimal_places=2, null=True)
    sku = models.CharField(max_length=32, default="")


class Tag(models.Model):
    label = models.CharField(max_length=40)
